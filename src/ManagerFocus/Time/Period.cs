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

    /// <summary>Weeks of seven days counted from <see cref="From"/>; the last may be partial.</summary>
    public int WeekCount => (DayCount + 6) / 7;

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
