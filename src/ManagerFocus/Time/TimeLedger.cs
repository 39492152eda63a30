namespace ManagerFocus.Time;

/// <summary>
/// Hours per person x week x category for one period, weeks starting on Mondays (docs/definitions.md, "Weekly series");
/// a category no input supplied stays "not given".
/// </summary>
public sealed class TimeLedger
{
    private static readonly int CategoryCount = Enum.GetValues<Category>().Length;

    private readonly double[] _hours;
    private readonly bool[] _given = new bool[CategoryCount];

    public TimeLedger(int people, Period period)
    {
        People = people;
        Period = period;
        _hours = new double[people * period.WeekCount * CategoryCount];
    }

    public int People { get; }

    public Period Period { get; }

    /// <summary>Marks a category as supplied by an input, so its zeros are real zeros.</summary>
    public void MarkGiven(Category category) => _given[(int)category] = true;

    public bool IsGiven(Category category) => _given[(int)category];

    /// <summary>Adds hours to the week that contains <paramref name="unixStart"/>; ignored outside the period.</summary>
    public void Add(int person, Category category, long unixStart, double hours)
    {
        var week = WeekOf(unixStart);
        if (week >= 0)
        {
            _hours[Slot(person, week, category)] += hours;
        }
    }

    /// <summary>Adds the part of [start, end) inside the period, split at week boundaries.</summary>
    public void AddInterval(int person, Category category, long unixStart, long unixEnd)
    {
        var start = Math.Max(unixStart, Period.StartUnix);
        var end = Math.Min(unixEnd, Period.EndUnix);
        while (start < end)
        {
            var week = WeekOf(start);
            var weekEnd = Math.Min(end, Period.FirstMondayUnix + ((week + 1) * 7L * 86_400));
            _hours[Slot(person, week, category)] += (weekEnd - start) / 3600.0;
            start = weekEnd;
        }
    }

    public double Total(int person, Category category)
    {
        var sum = 0.0;
        for (var week = 0; week < Period.WeekCount; week++)
        {
            sum += _hours[Slot(person, week, category)];
        }

        return sum;
    }

    public double Week(int person, int week, Category category) => _hours[Slot(person, week, category)];

    private int WeekOf(long unix) =>
        Period.Contains(unix) ? (int)((unix - Period.FirstMondayUnix) / (7L * 86_400)) : -1;

    private int Slot(int person, int week, Category category) =>
        (((person * Period.WeekCount) + week) * CategoryCount) + (int)category;
}
