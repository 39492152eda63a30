using System.Collections.Concurrent;
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
        [.. parsed.Events.Select(e => new CalendarEventRecord(e.Line, e.Uid, e.RecurrenceId is { } id ? CalendarText.Key(id) : null, CalendarEventCodec.Encode(e)))],
        CalendarText.Zones(parsed.Zones),
        parsed.DefaultZone);

    /// <summary>
    /// The record of a calendar a workspace of schema 1 kept as content lines (events' text and zones), read by the same
    /// reader as a file and encoded as today's records are. Used once, when such a workspace is upgraded.
    /// </summary>
    public static CalendarFileRecord FromText(string path, IReadOnlyList<(int Line, string Text)> events, string zones, string? defaultZone)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\n");
        if (defaultZone is { } zone)
        {
            text.Append("X-WR-TIMEZONE:").Append(zone).Append('\n');
        }

        text.Append(zones);
        foreach (var (_, eventText) in events)
        {
            text.Append("BEGIN:VEVENT\n").Append(eventText).Append("END:VEVENT\n");
        }

        text.Append("END:VCALENDAR\n");
        // The lines were written from what the reader accepted, and the file's warnings were kept when it was imported.
        var parsed = new IcsCalendarReader(path, new WarningLog(0)).Read(new StringReader(text.ToString()));
        if (parsed.Events.Count == events.Count)
        {
            for (var i = 0; i < parsed.Events.Count; i++)
            {
                parsed.Events[i].Line = events[i].Line;
            }
        }

        return Record(path, parsed);
    }

    /// <summary>A decoder for records: one per analysis, sharing repeated strings and zone definitions between files.</summary>
    internal static Decoder NewDecoder() => new();

    /// <summary>Turns records back into the events the analysis expands, revisions resolved and overrides linked.</summary>
    internal sealed class Decoder
    {
        /// <summary>Files usually share a handful of VTIMEZONE texts; past this many distinct ones, they are not kept.</summary>
        private const int MaxZoneTexts = 1024;

        private readonly StringTable _strings = new();
        private readonly ConcurrentDictionary<string, Dictionary<string, List<ZoneObservance>>> _zones = new(StringComparer.Ordinal);

        public ParsedCalendar Events(CalendarFileRecord record, WarningLog warnings)
        {
            var events = new List<CalendarEvent>(record.Events.Count);
            foreach (var stored in record.Events)
            {
                if (CalendarEventCodec.TryDecode(stored.Data.Span, stored.Line, stored.Uid, _strings, out var decoded))
                {
                    events.Add(decoded!);
                }
                else
                {
                    warnings.Add(Source, $"{record.Path}:{stored.Line}", "the workspace holds this event in a form this version cannot read; skipped");
                }
            }

            return new ParsedCalendar(EventRevisions.Resolve(events), Zones(record)) { DefaultZone = record.DefaultZone };
        }

        private Dictionary<string, List<ZoneObservance>> Zones(CalendarFileRecord record)
        {
            if (record.Zones.Length == 0)
            {
                return new Dictionary<string, List<ZoneObservance>>(StringComparer.OrdinalIgnoreCase);
            }

            if (_zones.TryGetValue(record.Zones, out var known))
            {
                return known;
            }

            var text = $"BEGIN:VCALENDAR\n{record.Zones}END:VCALENDAR\n";
            var zones = new IcsCalendarReader(record.Path, new WarningLog(0)).Read(new StringReader(text)).Zones;
            return _zones.Count < MaxZoneTexts ? _zones.GetOrAdd(record.Zones, zones) : zones;
        }
    }
}
