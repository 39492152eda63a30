using System.Globalization;
using System.Text;
using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Writes what the importer read of a calendar's zones and rules as iCalendar text again, and only that: each
/// VTIMEZONE's observances, a rule from its parsed parts, and the key of a RECURRENCE-ID. The same reader reads them
/// back, so a workspace's events are expanded exactly as the file's were.
/// </summary>
internal static class CalendarText
{
    /// <summary>The VTIMEZONE definitions: each observance's start, offset and rule.</summary>
    public static string Zones(IReadOnlyDictionary<string, List<ZoneObservance>> zones)
    {
        var text = new StringBuilder();
        foreach (var (id, observances) in zones.OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            text.Append("BEGIN:VTIMEZONE\n");
            Line(text, "TZID", null, id.Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal));
            foreach (var observance in observances)
            {
                var part = observance.Daylight ? "DAYLIGHT" : "STANDARD";
                text.Append("BEGIN:").Append(part).Append("\n");
                if (observance.Start != DateTime.MinValue)
                {
                    Line(text, "DTSTART", null, observance.Start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
                }

                Line(text, "TZOFFSETTO", null, Offset(observance.OffsetTo));
                if (observance.Rule is { } rule)
                {
                    Line(text, "RRULE", null, Rule(rule));
                }

                text.Append("END:").Append(part).Append("\n");
            }

            text.Append("END:VTIMEZONE\n");
        }

        return text.ToString();
    }

    /// <summary>A rule from its parsed parts, so a part the reader ignored (and warned about once) is not written again.</summary>
    public static string Rule(RecurrenceRule rule)
    {
        var text = new StringBuilder("FREQ=").Append(rule.Frequency.ToString().ToUpperInvariant());
        if (rule.Interval != 1)
        {
            text.Append(";INTERVAL=").Append(rule.Interval.ToString(CultureInfo.InvariantCulture));
        }

        if (rule.Count is { } count)
        {
            text.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        }

        if (rule.Until is { } until)
        {
            text.Append(";UNTIL=").Append(Value(until));
        }

        List(text, "BYDAY", rule.ByDay.Select(d => (d.Ordinal != 0 ? d.Ordinal.ToString(CultureInfo.InvariantCulture) : "") + Day(d.Day)));
        List(text, "BYMONTHDAY", rule.ByMonthDay);
        List(text, "BYMONTH", rule.ByMonth);
        List(text, "BYYEARDAY", rule.ByYearDay);
        List(text, "BYWEEKNO", rule.ByWeekNo);
        List(text, "BYHOUR", rule.ByHour);
        List(text, "BYMINUTE", rule.ByMinute);
        List(text, "BYSECOND", rule.BySecond);
        List(text, "BYSETPOS", rule.BySetPos);
        if (rule.WeekStart != DayOfWeek.Monday)
        {
            text.Append(";WKST=").Append(Day(rule.WeekStart));
        }

        return text.ToString();
    }

    private static void List<T>(StringBuilder text, string name, IEnumerable<T> values)
    {
        var joined = string.Join(",", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        if (joined.Length > 0)
        {
            text.Append(';').Append(name).Append('=').Append(joined);
        }
    }

    private static string Day(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();

    /// <summary>A time as a key: its value and, for a zoned time, its zone (RECURRENCE-ID keys an override).</summary>
    public static string Key(IcsTime time) => time.TzId is { } zone ? $"{zone}:{Value(time)}" : Value(time);

    private static string Value(IcsTime time) => time.Kind switch
    {
        IcsTimeKind.Date => time.Local.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        IcsTimeKind.Utc => time.Local.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
        _ => time.Local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
    };

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:00}{offset.Minutes:00}{(offset.Seconds > 0 ? offset.Seconds.ToString("00", CultureInfo.InvariantCulture) : "")}");
    }

    private static void Line(StringBuilder text, string name, string? parameters, string value) =>
        text.Append(name).Append(parameters).Append(':').Append(value).Append("\n");
}
