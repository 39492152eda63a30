using ManagerFocus.Org;

namespace ManagerFocus.Time;

/// <summary>The analysed days: <see cref="From"/> inclusive to <see cref="To"/> exclusive, at 00:00 UTC.</summary>
public readonly record struct Period
{
    public const int DefaultDays = 91;

    /// <summary>The day number of 1970-01-01.</summary>
    private const int UnixEpochDay = 719_162;

    public Period(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"period end {to:yyyy-MM-dd} must be after its start {from:yyyy-MM-dd}");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    // Straight from the day numbers: Contains runs once per commit and occurrence, and the DateTimeOffset route showed in the profile.
    public long StartUnix => (From.DayNumber - UnixEpochDay) * 86_400L;

    public long EndUnix => (To.DayNumber - UnixEpochDay) * 86_400L;

    public int DayCount => To.DayNumber - From.DayNumber;

    /// <summary>The Monday on or before <see cref="From"/>: weeks start on Mondays at 00:00 UTC (docs/definitions.md, "Weekly series").</summary>
    public DateOnly FirstMonday => From.AddDays(-(((int)From.DayOfWeek + 6) % 7));

    /// <summary>Weeks (Monday to Sunday) overlapping the period; the first and last may be clipped.</summary>
    public int WeekCount => (To.DayNumber - FirstMonday.DayNumber + 6) / 7;

    /// <summary>The Monday that starts week <paramref name="week"/>.</summary>
    public DateOnly WeekStart(int week) => FirstMonday.AddDays(7 * week);

    /// <summary>The days of week <paramref name="week"/> inside the period, [from, to).</summary>
    public (DateOnly From, DateOnly To) WeekDays(int week)
    {
        var monday = WeekStart(week);
        return (monday < From ? From : monday, monday.AddDays(7) > To ? To : monday.AddDays(7));
    }

    /// <summary>The Unix time of <see cref="FirstMonday"/> at 00:00 UTC.</summary>
    public long FirstMondayUnix => (FirstMonday.DayNumber - UnixEpochDay) * 86_400L;

    /// <summary>The last <paramref name="days"/> days of the period (the whole period when shorter).</summary>
    public Period Last(int days) => new(To.AddDays(-Math.Min(days, DayCount)), To);

    /// <summary>The days of the period inside the person's employment, [From, To); empty when To is not after From.</summary>
    public (DateOnly From, DateOnly To) EmploymentOf(Person person) =>
        (person.StartDate is { } start && start > From ? start : From, person.EndDate is { } end && end < To ? end : To);

    /// <summary>How many days of the period the person was employed.</summary>
    public int EmployedDays(Person person)
    {
        var (from, to) = EmploymentOf(person);
        return Math.Max(0, to.DayNumber - from.DayNumber);
    }

    /// <summary>How many days of the period the person was in the organization and employed, by the snapshot in force each day.</summary>
    public int EmployedDays(Organization org, Person person) => Days(org.EmploymentOf(person.Index));

    /// <summary>The days of the period inside the given ranges (ranges do not overlap).</summary>
    public int Days(IEnumerable<(DateOnly From, DateOnly To)> ranges)
    {
        var days = 0;
        foreach (var (from, to) in ranges)
        {
            days += Math.Max(0, Math.Min(to.DayNumber, To.DayNumber) - Math.Max(from.DayNumber, From.DayNumber));
        }

        return days;
    }

    public bool Contains(long unixSeconds) => unixSeconds >= StartUnix && unixSeconds < EndUnix;

    public bool Contains(DateOnly day) => day >= From && day < To;

    /// <summary>The 13 weeks ending the day after the latest activity (docs/definitions.md, "Period").</summary>
    public static Period EndingAfter(DateOnly latestActivityDay)
    {
        var to = latestActivityDay.AddDays(1);
        return new Period(to.AddDays(-DefaultDays), to);
    }

    public static DateOnly DayOf(long unixSeconds) =>
        DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime);

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
