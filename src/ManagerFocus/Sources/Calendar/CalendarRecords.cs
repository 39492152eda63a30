using System.Text;
using ManagerFocus.Activity.Calendar;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Turns a calendar file into its period-free activity record (events and zones as the content lines that matter
/// for time and people), and a record back into the events the analysis expands. The one-shot run skips the record
/// and parses each file while the analysis expands it (<see cref="Parse"/>).
/// </summary>
public static class CalendarRecords
{
    public const string Source = IcsCalendarReader.Source;

    public static CalendarFileRecord Read(string path, WarningLog warnings)
    {
        return Record(path, Parse(path, warnings));
    }

    /// <summary>A file's events and zones, read straight from it (the one-shot run, which keeps no record).</summary>
    internal static ParsedCalendar Parse(string path, WarningLog warnings)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 8192);
            return new IcsCalendarReader(path, warnings).Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(Source, path, $"cannot be read ({e.GetType().Name}); skipped");
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or FormatException)
        {
            // Last line of defence: one strange file is reported, never the end of the run.
            warnings.Add(Source, path, $"cannot be interpreted ({e.GetType().Name}); skipped");
        }

        return new ParsedCalendar([], []);
    }

    internal static CalendarFileRecord Record(string path, ParsedCalendar parsed) => new(
        path,
        [.. parsed.Events.Select(e => new CalendarEventText(e.Line, e.Uid, e.RecurrenceId is { } id ? CalendarText.Key(id) : null, CalendarText.Event(e)))],
        CalendarText.Zones(parsed.Zones),
        parsed.DefaultZone);

    /// <summary>The record's events and zones, revisions resolved and overrides linked, ready to expand.</summary>
    internal static ParsedCalendar Events(CalendarFileRecord record, WarningLog warnings) => Events(record);

    internal static ParsedCalendar Events(CalendarFileRecord record)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\n");
        if (record.DefaultZone is { } zone)
        {
            text.Append("X-WR-TIMEZONE:").Append(zone).Append("\n");
        }

        text.Append(record.Zones);
        foreach (var e in record.Events)
        {
            text.Append("BEGIN:VEVENT\n").Append(e.Text).Append("END:VEVENT\n");
        }

        text.Append("END:VCALENDAR\n");
        // The lines were written by CalendarText from what the reader accepted, and the file's own warnings were kept
        // with it when it was imported; reading them again says nothing new.
        var parsed = new IcsCalendarReader(record.Path, new WarningLog(0)).Read(new StringReader(text.ToString()));
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
