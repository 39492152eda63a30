using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Reads one .ics stream line by line into events and zone definitions, warning about each bad line or component.</summary>
internal sealed class IcsCalendarReader(string path, WarningLog warnings)
{
    public const string Source = "calendar";

    /// <summary>Problems listed per file before the rest are only counted, so one broken export cannot flood the report.</summary>
    private const int MaxWarningsPerFile = 20;

    /// <summary>Components open at once; calendars nest 3 deep (VCALENDAR, VTIMEZONE, STANDARD), so deeper is not calendar data.</summary>
    public const int MaxDepth = 32;

    private readonly List<(string Name, int Line)> _stack = [];
    private readonly List<CalendarEvent> _events = [];
    private readonly Dictionary<string, List<ZoneObservance>> _zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly EventPropertyReader _properties = new();
    private CalendarEvent? _event;
    private string? _zoneId;
    private List<ZoneObservance>? _observances;
    private ObservanceBuilder? _observance;
    private int _warnings;
    private string? _defaultZone;

    public ParsedCalendar Read(TextReader text)
    {
        var reader = new ContentLineReader(text);
        var any = false;
        while (reader.Next())
        {
            if (reader.LooksBinary)
            {
                Warn(reader.LineNumber, "binary or corrupt content (a NUL character or a line over 1 MB); the rest of the file is skipped");
                break;
            }

            if (!any && !reader.Line.TrimStart('\uFEFF').StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase))
            {
                Warn(reader.LineNumber, "the file does not start with BEGIN:VCALENDAR; it is not an iCalendar file");
                break;
            }

            any = true;
            if (!ContentLine.TryParse(reader.Line.TrimStart('\uFEFF'), out var line))
            {
                Warn(reader.LineNumber, "not a content line (NAME:value); skipped");
                continue;
            }

            if (!Handle(line, reader.LineNumber))
            {
                break;
            }
        }

        if (!any && _warnings == 0)
        {
            Warn(0, "the file is empty");
        }

        CloseUnterminated();
        if (_warnings > MaxWarningsPerFile)
        {
            warnings.Add(Source, path, $"{_warnings - MaxWarningsPerFile} more problem(s) in this file not listed");
        }

        return new ParsedCalendar(EventRevisions.Resolve(_events), _zones) { DefaultZone = _defaultZone };
    }

    /// <summary>Applies one line; false when the rest of the file cannot be calendar data.</summary>
    private bool Handle(ContentLine line, int number)
    {
        if (line.Is("BEGIN"))
        {
            if (_stack.Count >= MaxDepth)
            {
                Warn(number, $"components nested more than {MaxDepth} deep (BEGIN lines without their END); the rest of the file is skipped");
                return false;
            }

            Begin(Name(line.Value), number);
            return true;
        }

        if (line.Is("END"))
        {
            End(Name(line.Value), number);
            return true;
        }

        var top = _stack.Count == 0 ? "" : _stack[^1].Name;
        string? problem = null;
        if (top == "VEVENT" && _event is not null)
        {
            problem = _properties.Read(_event, line);
        }
        else if (top is "STANDARD" or "DAYLIGHT" && _observance is not null)
        {
            problem = _observance.Read(line);
        }
        else if (top == "VCALENDAR" && line.Is("X-WR-TIMEZONE"))
        {
            _defaultZone = line.Value.Trim().ToString();
        }
        else if (top == "VTIMEZONE" && line.Is("TZID"))
        {
            // TEXT escaping as Outlook writes it: TZID:Kuala Lumpur\, Singapore.
            _zoneId = line.Value.Trim().ToString().Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal);
        }

        if (problem is not null)
        {
            Warn(number, problem);
        }

        return true;
    }

    /// <summary>A component name in capitals; a name longer than any RFC 5545 one is kept short, since only <see cref="Known"/> names are shown.</summary>
    private static string Name(ReadOnlySpan<char> value)
    {
        var name = value.Trim();
        return (name.Length > 64 ? name[..64] : name).ToString().ToUpperInvariant();
    }

    private void Begin(string name, int number)
    {
        var parent = _stack.Count == 0 ? "" : _stack[^1].Name;
        _stack.Add((name, number));
        switch (name)
        {
            case "VEVENT" when parent is "VCALENDAR" or "":
                _event = new CalendarEvent { Line = number };
                break;
            case "VTIMEZONE" when parent is "VCALENDAR" or "":
                _zoneId = null;
                _observances = [];
                break;
            case "STANDARD" or "DAYLIGHT" when parent == "VTIMEZONE":
                _observance = new ObservanceBuilder(name == "DAYLIGHT");
                break;
        }
    }

    private void End(string name, int number)
    {
        var index = _stack.FindLastIndex(c => c.Name == name);
        if (index < 0)
        {
            Warn(number, $"END:{Known(name)} without a matching BEGIN; ignored");
            return;
        }

        while (_stack.Count > index + 1)
        {
            var open = _stack[^1];
            Warn(open.Line, $"BEGIN:{Known(open.Name)} is closed by END:{Known(name)} on line {number} before its own END; its content is dropped");
            Discard(open.Name);
            _stack.RemoveAt(_stack.Count - 1);
        }

        _stack.RemoveAt(index);
        Complete(name);
    }

    private void Complete(string name)
    {
        switch (name)
        {
            case "VEVENT" when _event is not null:
                if (_event.Start is null)
                {
                    Warn(_event.Line, "VEVENT has no valid DTSTART; skipped");
                }
                else
                {
                    _events.Add(_event);
                }

                _event = null;
                break;
            case "STANDARD" or "DAYLIGHT" when _observance is not null:
                if (_observance.Build() is { } observance)
                {
                    _observances?.Add(observance);
                }

                _observance = null;
                break;
            case "VTIMEZONE":
                if (_zoneId is not null && _observances is not null)
                {
                    _zones[_zoneId] = _observances;
                }

                _observances = null;
                break;
        }
    }

    private void Discard(string name)
    {
        switch (name)
        {
            case "VEVENT":
                _event = null;
                break;
            case "STANDARD" or "DAYLIGHT":
                _observance = null;
                break;
            case "VTIMEZONE":
                _observances = null;
                break;
        }
    }

    private void CloseUnterminated()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var (name, line) = _stack[i];
            var dropped = name is "VEVENT" or "VTIMEZONE" or "STANDARD" or "DAYLIGHT" ? "; its content is dropped" : "";
            Warn(line, $"BEGIN:{Known(name)} is never closed (the file ends first){dropped}");
        }

        _stack.Clear();
    }

    /// <summary>A component name as written when RFC 5545 (or RFC 7953) defines it; anything else could be any text.</summary>
    private static string Known(string name) =>
        name is "VCALENDAR" or "VEVENT" or "VTODO" or "VJOURNAL" or "VFREEBUSY" or "VTIMEZONE" or "STANDARD" or "DAYLIGHT" or "VALARM"
            or "VAVAILABILITY" or "AVAILABLE" ? name : "(another component)";

    private void Warn(int line, string message)
    {
        if (++_warnings <= MaxWarningsPerFile)
        {
            warnings.Add(Source, line > 0 ? $"{path}:{line}" : path, message);
        }
    }
}
