using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Collects the DTSTART, TZOFFSETTO and RRULE of one STANDARD or DAYLIGHT part.</summary>
internal sealed class ObservanceBuilder(bool daylight)
{
    private DateTime? _start;
    private TimeSpan? _offsetTo;
    private RecurrenceRule? _rule;

    public string? Read(ContentLine line)
    {
        if (line.Is("DTSTART"))
        {
            if (!IcsValues.TryParseTime(line.Value, null, out var start))
            {
                return "bad DTSTART value in a time zone; ignored";
            }

            _start = start.Local;
        }
        else if (line.Is("TZOFFSETTO"))
        {
            if (!TryParseOffset(line.Value, out var offset))
            {
                return "bad TZOFFSETTO value; ignored";
            }

            _offsetTo = offset;
        }
        else if (line.Is("RRULE"))
        {
            if (!RecurrenceRuleParser.TryParse(line.Value, out var rule, out var error))
            {
                return $"{error} in a time zone; ignored";
            }

            _rule = rule;
        }

        return null;
    }

    public ZoneObservance? Build() =>
        _offsetTo is { } offset ? new ZoneObservance(daylight, _start ?? DateTime.MinValue, offset, _rule) : null;

    /// <summary>Reads +HHMM, -HHMM or +HHMMSS.</summary>
    private static bool TryParseOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        text = text.Trim();
        if (text.Length is not (5 or 7) || text[0] is not ('+' or '-')
            || !IcsValues.TryDigits(text.Slice(1, 2), out var hours) || !IcsValues.TryDigits(text.Slice(3, 2), out var minutes))
        {
            return false;
        }

        var seconds = 0;
        if (text.Length == 7 && !IcsValues.TryDigits(text.Slice(5, 2), out seconds))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, seconds) * (text[0] == '-' ? -1 : 1);
        return hours < 24 && minutes < 60;
    }
}
