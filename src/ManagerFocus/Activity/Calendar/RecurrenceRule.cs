namespace ManagerFocus.Activity.Calendar;

/// <summary>A parsed RRULE value, every BY-list without repeated values (RFC 5545, 3.3.10).</summary>
internal sealed record RecurrenceRule
{
    /// <summary>The rule as written.</summary>
    public required string Text { get; init; }

    public required Frequency Frequency { get; init; }
    public int Interval { get; init; } = 1;
    public int? Count { get; init; }
    public IcsTime? Until { get; init; }
    public WeekdayNumber[] ByDay { get; init; } = [];
    public int[] ByMonthDay { get; init; } = [];
    public int[] ByMonth { get; init; } = [];
    public int[] BySetPos { get; init; } = [];
    public int[] ByYearDay { get; init; } = [];
    public int[] ByWeekNo { get; init; } = [];
    public int[] ByHour { get; init; } = [];
    public int[] ByMinute { get; init; } = [];
    public int[] BySecond { get; init; } = [];
    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>Parts only the full expander expands (BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSECOND).</summary>
    public bool HasTimeOrYearParts => ByYearDay.Length + ByWeekNo.Length + ByHour.Length + ByMinute.Length + BySecond.Length > 0;

    /// <summary>True when the fast expander handles the rule; otherwise the full expander does.</summary>
    public bool IsSupportedNatively =>
        !HasTimeOrYearParts
        && Frequency >= Frequency.Daily
        && (ByDay.All(d => d.Ordinal == 0) || Frequency == Frequency.Monthly || (Frequency == Frequency.Yearly && ByMonth.Length > 0))
        && (Frequency != Frequency.Weekly || ByMonthDay.Length == 0)
        && (Frequency != Frequency.Yearly || ByMonth.Length > 0 || (ByDay.Length == 0 && ByMonthDay.Length == 0));

}
