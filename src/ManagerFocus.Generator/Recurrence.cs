using System.Globalization;
using System.Text;

namespace ManagerFocus.Generator;

/// <summary>A weekly (every n weeks, on some weekdays) or monthly (nth weekday) rule, with an optional COUNT or UNTIL.</summary>
internal sealed record Recurrence(DayOfWeek[] Days, int Interval = 1, int MonthlyNth = 0, int? Count = null, DateOnly? Until = null)
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>Local dates of the instances from <paramref name="first"/> (itself an instance) on, COUNT and UNTIL applied.</summary>
    public IEnumerable<DateOnly> Dates(DateOnly first, DateOnly stopBefore)
    {
        var produced = 0;
        foreach (var day in Candidates(first))
        {
            if (day >= stopBefore || (Until is { } until && day > until) || (Count is { } count && produced >= count))
            {
                yield break;
            }

            produced++;
            yield return day;
        }
    }

    /// <summary>The first instance on or after <paramref name="day"/>, so DTSTART matches the rule.</summary>
    public DateOnly FirstOnOrAfter(DateOnly day) => Candidates(day).First();

    /// <summary>The RRULE value; UNTIL is UTC for zoned events and local for floating ones (RFC 5545, 3.3.10).</summary>
    public string ToRule(Zone zone, TimeOnly localStart, bool floating = false)
    {
        var rule = new StringBuilder(MonthlyNth > 0 ? "FREQ=MONTHLY" : "FREQ=WEEKLY");
        if (Until is { } until)
        {
            var last = floating ? until.ToDateTime(localStart)
                : DateTimeOffset.FromUnixTimeSeconds(zone.ToUnix(until.ToDateTime(localStart))).UtcDateTime;
            rule.Append(";UNTIL=").Append(last.ToString(floating ? "yyyyMMdd'T'HHmmss" : "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        }

        if (Count is { } count)
        {
            rule.Append(CultureInfo.InvariantCulture, $";COUNT={count}");
        }

        if (Interval > 1)
        {
            rule.Append(CultureInfo.InvariantCulture, $";INTERVAL={Interval}");
        }

        rule.Append(";BYDAY=");
        rule.Append(MonthlyNth > 0 ? $"{MonthlyNth}{DayCodes[(int)Days[0]]}" : string.Join(',', Days.Select(d => DayCodes[(int)d])));
        return rule.ToString();
    }

    private IEnumerable<DateOnly> Candidates(DateOnly first) => MonthlyNth > 0 ? Monthly(first) : Weekly(first);

    private IEnumerable<DateOnly> Monthly(DateOnly first)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); ; month = month.AddMonths(1))
        {
            var day = month.AddDays(((int)Days[0] - (int)month.DayOfWeek + 7) % 7 + 7 * (MonthlyNth - 1));
            if (day >= first)
            {
                yield return day;
            }
        }
    }

    private IEnumerable<DateOnly> Weekly(DateOnly first)
    {
        // Weeks start on Monday (WKST=MO, the default); INTERVAL counts from the week of the first instance.
        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var ordered = Days.OrderBy(d => ((int)d + 6) % 7).ToArray();
        for (var week = monday; ; week = week.AddDays(7 * Interval))
        {
            foreach (var d in ordered)
            {
                var day = week.AddDays(((int)d + 6) % 7);
                if (day >= first)
                {
                    yield return day;
                }
            }
        }
    }
}
