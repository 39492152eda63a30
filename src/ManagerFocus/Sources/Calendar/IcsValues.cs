using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Parsers for the value types the importer reads: DATE, DATE-TIME, DURATION (RFC 5545, 3.3).</summary>
internal static class IcsValues
{
    /// <summary>Reads a DATE (8 digits) or DATE-TIME (15 digits and an optional Z); tzid applies to non-UTC date-times.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> text, string? tzid, out IcsTime time)
    {
        time = default;
        text = text.Trim();
        if (text.Length < 8 || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(4, 2), out var month)
            || !TryDigits(text.Slice(6, 2), out var day) || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (text.Length == 8)
        {
            time = new IcsTime(new DateTime(year, month, day), IcsTimeKind.Date, null);
            return true;
        }

        if (text.Length < 15 || text[8] is not ('T' or 't') || !TryDigits(text.Slice(9, 2), out var hour)
            || !TryDigits(text.Slice(11, 2), out var minute) || !TryDigits(text.Slice(13, 2), out var second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var utc = text.Length == 16 && text[15] is 'Z' or 'z';
        if (text.Length > 15 && !utc)
        {
            return false;
        }

        // A leap second (60) is read as the minute's last second.
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59));
        time = utc ? new IcsTime(local, IcsTimeKind.Utc, null)
            : tzid is { Length: > 0 } ? new IcsTime(local, IcsTimeKind.Zoned, tzid)
            : new IcsTime(local, IcsTimeKind.Floating, null);
        return true;
    }

    /// <summary>The longest DURATION read (docs/definitions.md, "Bounds").</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(366 * 100);

    /// <summary>Reads a DURATION such as PT1H30M, P1D, -PT15M or P2W.</summary>
    public static bool TryParseDuration(ReadOnlySpan<char> text, out TimeSpan duration)
    {
        duration = default;
        text = text.Trim();
        var sign = 1;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            sign = text[0] == '-' ? -1 : 1;
            text = text[1..];
        }

        if (text.Length < 2 || text[0] is not ('P' or 'p'))
        {
            return false;
        }

        long seconds = 0;
        var inTime = false;
        var number = -1L;
        foreach (var c in text[1..])
        {
            if (char.IsAsciiDigit(c))
            {
                number = (Math.Max(number, 0) * 10) + (c - '0');
                if (number > 1_000_000_000)
                {
                    return false;
                }

                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (upper == 'T')
            {
                inTime = true;
                continue;
            }

            if (number < 0)
            {
                return false;
            }

            long unit = (upper, inTime) switch
            {
                ('W', false) => 7 * 86_400,
                ('D', false) => 86_400,
                ('H', true) => 3_600,
                ('M', true) => 60,
                ('S', true) => 1,
                _ => -1,
            };
            if (unit < 0)
            {
                return false;
            }

            seconds += number * unit;
            number = -1;
            if (seconds > MaxDuration.TotalSeconds)
            {
                return false;
            }
        }

        // A length beyond MaxDuration is not a meeting: refused, so the event gets a warning and the rest of the file counts.
        if (number >= 0 || seconds > MaxDuration.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(sign * seconds);
        return true;
    }

    public static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            // A value past int.MaxValue (COUNT=4294967297) is refused, never wrapped round to a small one.
            if (!char.IsAsciiDigit(c) || value > (int.MaxValue - (c - '0')) / 10)
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
