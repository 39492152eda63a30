using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Expands a rule the native expander does not handle with Ical.Net, in floating wall-clock time like the native one.</summary>
internal static class IcalNetRecurrence
{
    /// <summary>More instances than this from one rule before the period ends means a runaway rule (FREQ=SECONDLY for years).</summary>
    public const int MaxInstances = 200_000;

    /// <summary>Ical.Net has had static state that is not thread-safe (ical.net issues 40, 553); its calls here take turns.</summary>
    internal static readonly Lock Gate = new();

    /// <summary>Appends instances before <paramref name="endLocal"/>; false when the rule was cut at <see cref="MaxInstances"/>.</summary>
    public static bool Expand(RecurrenceRule rule, DateTime start, bool isDate, DateTime? untilLocal, DateTime endLocal, List<DateTime> output)
    {
        var text = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ManagerFocus//EN\r\nBEGIN:VEVENT\r\nUID:r\r\nDTSTAMP:20000101T000000Z\r\n")
            .Append(isDate ? $"DTSTART;VALUE=DATE:{start:yyyyMMdd}\r\n" : $"DTSTART:{Format(start)}\r\n")
            .Append("RRULE:").Append(WithLocalUntil(rule.ToText(), isDate, untilLocal)).Append("\r\n")
            .Append("END:VEVENT\r\nEND:VCALENDAR\r\n")
            .ToString();
        lock (Gate)
        {
            return Expand(text, isDate, endLocal, output);
        }
    }

    private static bool Expand(string text, bool isDate, DateTime endLocal, List<DateTime> output)
    {
        var calendarEvent = Ical.Net.Calendar.Load(text)?.Events.FirstOrDefault() ?? throw new FormatException("Ical.Net read no event");
        var end = isDate ? new CalDateTime(DateOnly.FromDateTime(endLocal)) : new CalDateTime(endLocal, null, true);
        var count = 0;
        foreach (var occurrence in calendarEvent.GetOccurrences().TakeWhileBefore(end))
        {
            if (++count > MaxInstances)
            {
                return false;
            }

            output.Add(occurrence.Period.StartTime.Value);
        }

        return true;
    }

    private static string Format(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The rule with UNTIL written in the same floating wall-clock time as DTSTART.</summary>
    private static string WithLocalUntil(string rule, bool isDate, DateTime? untilLocal)
    {
        var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith("UNTIL=", StringComparison.OrdinalIgnoreCase));
        if (untilLocal is { } until)
        {
            parts = parts.Append("UNTIL=" + (isDate ? until.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : Format(until)));
        }

        return string.Join(';', parts);
    }
}
