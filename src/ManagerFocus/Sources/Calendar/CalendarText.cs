using System.Globalization;
using System.Text;
using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Writes what the importer read from a calendar as iCalendar content lines again, and only that: times, rules,
/// revisions, status, transparency and the organizer's and attendees' addresses with their role and answer. Never a
/// title, description, location, comment or name. The same reader reads them back, so a workspace's events are
/// expanded exactly as the file's were.
/// </summary>
internal static class CalendarText
{
    public static string Event(CalendarEvent e)
    {
        var text = new StringBuilder(256);
        if (e.Uid is { } uid)
        {
            Line(text, "UID", null, uid);
        }

        Time(text, "DTSTART", e.Start!.Value);
        if (e.End is { } end)
        {
            Time(text, "DTEND", end);
        }

        if (e.Duration is { } duration)
        {
            Line(text, "DURATION", null, Duration(duration));
        }

        if (e.RecurrenceId is { } id)
        {
            Time(text, "RECURRENCE-ID", id, e.ThisAndFuture ? ";RANGE=THISANDFUTURE" : null);
        }

        foreach (var rule in e.Rules)
        {
            Line(text, "RRULE", null, Rule(rule));
        }

        foreach (var rule in e.ExRules)
        {
            Line(text, "EXRULE", null, Rule(rule));
        }

        foreach (var rdate in e.RDates)
        {
            var value = rdate.End is { } rEnd ? $"{Value(rdate.Start)}/{Value(rEnd)}"
                : rdate.Duration is { } rLength ? $"{Value(rdate.Start)}/{Duration(rLength)}"
                : Value(rdate.Start);
            Line(text, "RDATE", Parameters(rdate.Start, rdate.End is not null || rdate.Duration is not null), value);
        }

        foreach (var exdate in e.ExDates)
        {
            Time(text, "EXDATE", exdate);
        }

        if (e.Sequence != 0)
        {
            Line(text, "SEQUENCE", null, e.Sequence.ToString(CultureInfo.InvariantCulture));
        }

        if (e.Stamp is { } stamp)
        {
            Line(text, "DTSTAMP", null, Utc(stamp));
        }

        if (e.LastModified is { } modified)
        {
            Line(text, "LAST-MODIFIED", null, Utc(modified));
        }

        if (e.Cancelled)
        {
            Line(text, "STATUS", null, "CANCELLED");
        }

        if (e.Transparent is { } transparent)
        {
            Line(text, "TRANSP", null, transparent ? "TRANSPARENT" : "OPAQUE");
        }

        if (e.Organizer is { } organizer)
        {
            Person(text, "ORGANIZER", organizer);
        }

        foreach (var attendee in e.Attendees)
        {
            Person(text, "ATTENDEE", attendee);
        }

        return text.ToString();
    }

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

    private static void Person(StringBuilder text, string name, EventPerson person)
    {
        var parameters = (person.IsResource ? ";CUTYPE=RESOURCE" : "") + (person.Declined ? ";PARTSTAT=DECLINED" : "");
        // The reader takes an address with or without mailto:, so the record leaves it out (an eighth of a
        // workspace's calendars); an address that itself starts with it keeps the prefix it was read with.
        var address = person.Address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + person.Address : person.Address;
        Line(text, name, parameters, address);
    }

    private static void Time(StringBuilder text, string name, IcsTime time, string? extra = null) =>
        Line(text, name, Parameters(time, period: false) + extra, Value(time));

    private static string Parameters(IcsTime time, bool period) =>
        (period ? ";VALUE=PERIOD" : time.IsDate ? ";VALUE=DATE" : "")
        + (time is { Kind: IcsTimeKind.Zoned, TzId: { } zone } ? $";TZID={Quoted(zone)}" : "");

    /// <summary>A parameter value with a colon, semicolon or comma is quoted, as RFC 5545 requires.</summary>
    private static string Quoted(string value) => value.AsSpan().IndexOfAny(":;,") >= 0 ? $"\"{value}\"" : value;

    /// <summary>A time as a key: its value and, for a zoned time, its zone (RECURRENCE-ID keys an override).</summary>
    public static string Key(IcsTime time) => time.TzId is { } zone ? $"{zone}:{Value(time)}" : Value(time);

    private static string Value(IcsTime time) => time.Kind switch
    {
        IcsTimeKind.Date => time.Local.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        IcsTimeKind.Utc => time.Local.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
        _ => time.Local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
    };

    private static string Utc(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan length)
    {
        var sign = length < TimeSpan.Zero ? "-" : "";
        length = length.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}P{length.Days}DT{length.Hours}H{length.Minutes}M{length.Seconds}S");
    }

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{offset.Hours:00}{offset.Minutes:00}{(offset.Seconds > 0 ? offset.Seconds.ToString("00", CultureInfo.InvariantCulture) : "")}");
    }

    private static void Line(StringBuilder text, string name, string? parameters, string value) =>
        text.Append(name).Append(parameters).Append(':').Append(value).Append("\n");
}
