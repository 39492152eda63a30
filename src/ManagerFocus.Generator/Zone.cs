namespace ManagerFocus.Generator;

/// <summary>A time zone with its real daylight-saving rule, so generated times and VTIMEZONE blocks agree without tzdata.</summary>
internal sealed record Zone(string Id, string WindowsId, int StandardMinutes, int DaylightMinutes, DstRule Rule, string StandardName, string DaylightName)
{
    public static Zone Utc { get; } = new("UTC", "UTC", 0, 0, DstRule.None, "UTC", "UTC");

    public static IReadOnlyList<Zone> All { get; } =
    [
        Utc,
        new("Europe/Berlin", "W. Europe Standard Time", 60, 120, DstRule.Eu, "CET", "CEST"),
        new("Europe/London", "GMT Standard Time", 0, 60, DstRule.Eu, "GMT", "BST"),
        new("America/New_York", "Eastern Standard Time", -300, -240, DstRule.Us, "EST", "EDT"),
        new("America/Los_Angeles", "Pacific Standard Time", -480, -420, DstRule.Us, "PST", "PDT"),
        new("Asia/Kolkata", "India Standard Time", 330, 330, DstRule.None, "IST", "IST"),
    ];

    public bool IsUtc => Rule == DstRule.None && StandardMinutes == 0;

    public int OffsetMinutesAt(long unix) => IsDaylight(unix) ? DaylightMinutes : StandardMinutes;

    /// <summary>Unix seconds of a local wall-clock time (never near a transition in generated data).</summary>
    public long ToUnix(DateTime local)
    {
        var asUtc = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero).ToUnixTimeSeconds();
        var standard = asUtc - StandardMinutes * 60L;
        return IsDaylight(standard) ? asUtc - DaylightMinutes * 60L : standard;
    }

    public DateTime ToLocal(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix + OffsetMinutesAt(unix) * 60L).UtcDateTime;

    /// <summary>Git's author offset, e.g. +0200 or -0500.</summary>
    public string GitOffset(long unix) => Format(OffsetMinutesAt(unix), "");

    public static string Format(int minutes, string separator) =>
        $"{(minutes < 0 ? '-' : '+')}{Math.Abs(minutes) / 60:D2}{separator}{Math.Abs(minutes) % 60:D2}";

    private bool IsDaylight(long unix)
    {
        if (Rule == DstRule.None)
        {
            return false;
        }

        var year = DateTimeOffset.FromUnixTimeSeconds(unix).Year;
        var (start, end) = Rule == DstRule.Eu
            ? (UtcAt(LastSunday(year, 3), 60), UtcAt(LastSunday(year, 10), 60))
            : (UtcAt(NthSunday(year, 3, 2), 120 - StandardMinutes), UtcAt(NthSunday(year, 11, 1), 120 - DaylightMinutes));
        return unix >= start && unix < end;
    }

    private static long UtcAt(DateOnly day, int minutes) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() + minutes * 60L;

    private static DateOnly LastSunday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(int)day.DayOfWeek);
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays((7 - (int)first.DayOfWeek) % 7 + 7 * (n - 1));
    }
}
