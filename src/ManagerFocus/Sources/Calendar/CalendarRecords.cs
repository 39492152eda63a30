using System.Runtime.CompilerServices;
using System.Text;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Turns a calendar file into its period-free activity record (events and zones as the content lines that matter
/// for time and people), and a record back into the events the analysis expands. A record read from a file in this
/// run keeps its parsed events, so the one-shot run parses each file once.
/// </summary>
public static class CalendarRecords
{
    public const string Source = IcsCalendarReader.Source;

    private static readonly ConditionalWeakTable<CalendarFileRecord, ParsedCalendar> Parsed = [];

    public static CalendarFileRecord Read(string path, WarningLog warnings)
    {
        ParsedCalendar parsed;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 8192);
            parsed = new IcsCalendarReader(path, warnings).Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(Source, path, $"cannot be read ({e.GetType().Name}); skipped");
            parsed = new ParsedCalendar([], []);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or FormatException)
        {
            // Last line of defence: one strange file is reported, never the end of the run.
            warnings.Add(Source, path, $"cannot be interpreted ({e.GetType().Name}); skipped");
            parsed = new ParsedCalendar([], []);
        }

        var record = Record(path, parsed);
        Parsed.AddOrUpdate(record, parsed);
        return record;
    }

    internal static CalendarFileRecord Record(string path, ParsedCalendar parsed) => new(
        path,
        [.. parsed.Events.Select(e => new CalendarEventText(e.Line, e.Uid, e.RecurrenceId is { } id ? CalendarText.Key(id) : null, CalendarText.Event(e)))],
        CalendarText.Zones(parsed.Zones),
        parsed.DefaultZone);

    /// <summary>The record's events and zones, revisions resolved and overrides linked, ready to expand.</summary>
    internal static ParsedCalendar Events(CalendarFileRecord record)
    {
        if (Parsed.TryGetValue(record, out var parsed))
        {
            return parsed;
        }

        var text = new StringBuilder("BEGIN:VCALENDAR\r\n");
        if (record.DefaultZone is { } zone)
        {
            text.Append("X-WR-TIMEZONE:").Append(zone).Append("\r\n");
        }

        text.Append(record.Zones);
        foreach (var e in record.Events)
        {
            text.Append("BEGIN:VEVENT\r\n").Append(e.Text).Append("END:VEVENT\r\n");
        }

        text.Append("END:VCALENDAR\r\n");
        // The lines were written by CalendarText from what the reader accepted, and the file's own warnings were kept
        // with it when it was imported; reading them again says nothing new.
        parsed = new IcsCalendarReader(record.Path, new WarningLog(0)).Read(new StringReader(text.ToString()));
        if (parsed.Events.Count == record.Events.Count)
        {
            for (var i = 0; i < parsed.Events.Count; i++)
            {
                parsed.Events[i].Line = record.Events[i].Line;
            }
        }

        return parsed;
    }
}
