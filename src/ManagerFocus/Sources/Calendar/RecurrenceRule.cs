namespace ManagerFocus.Sources.Calendar;

/// <summary>A parsed RRULE value; <see cref="Text"/> keeps the original for the Ical.Net fallback.</summary>
internal sealed record RecurrenceRule
{
    public required string Text { get; init; }
    public required Frequency Frequency { get; init; }
    public int Interval { get; init; } = 1;
    public int? Count { get; init; }
    public IcsTime? Until { get; init; }
    public WeekdayNumber[] ByDay { get; init; } = [];
    public int[] ByMonthDay { get; init; } = [];
    public int[] ByMonth { get; init; } = [];
    public int[] BySetPos { get; init; } = [];
    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>Parts this reader keeps only to decide that the rule goes to Ical.Net (BYYEARDAY, BYWEEKNO, BYHOUR, ...).</summary>
    public bool HasTimeOrYearParts { get; init; }

    /// <summary>True when <see cref="RecurrenceExpander"/> handles the rule; otherwise Ical.Net expands it.</summary>
    public bool IsSupportedNatively =>
        !HasTimeOrYearParts
        && Frequency >= Frequency.Daily
        && (ByDay.All(d => d.Ordinal == 0) || Frequency == Frequency.Monthly || (Frequency == Frequency.Yearly && ByMonth.Length > 0))
        && (Frequency != Frequency.Weekly || ByMonthDay.Length == 0)
        && (Frequency != Frequency.Yearly || ByMonth.Length > 0 || (ByDay.Length == 0 && ByMonthDay.Length == 0));

    public static bool TryParse(ReadOnlySpan<char> text, out RecurrenceRule? rule, out string error)
    {
        rule = null;
        error = "";
        Frequency? frequency = null;
        var parsed = new RecurrenceRule { Text = text.ToString(), Frequency = Frequency.Daily };
        foreach (var range in text.Split(';'))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                error = $"RRULE part '{part}' has no '='";
                return false;
            }

            var key = part[..equals].ToString().ToUpperInvariant();
            var value = part[(equals + 1)..];
            if (!TryApply(ref parsed, key, value, ref frequency))
            {
                error = $"RRULE has a bad {key} '{value}'";
                return false;
            }
        }

        if (frequency is null)
        {
            error = "RRULE has no FREQ";
            return false;
        }

        rule = parsed with { Frequency = frequency.Value };
        return true;
    }

    /// <summary>Applies one NAME=value part; false when the value is malformed.</summary>
    private static bool TryApply(ref RecurrenceRule parsed, string key, ReadOnlySpan<char> value, ref Frequency? frequency)
    {
        var ok = true;
        switch (key)
        {
            case "FREQ":
                ok = Enum.TryParse<Frequency>(value, ignoreCase: true, out var f) && Enum.IsDefined(f) && char.IsAsciiLetter(value[0]);
                frequency = f;
                break;
            case "INTERVAL":
                ok = IcsValues.TryDigits(value, out var interval) && interval > 0;
                parsed = parsed with { Interval = interval };
                break;
            case "COUNT":
                ok = IcsValues.TryDigits(value, out var count);
                parsed = parsed with { Count = count };
                break;
            case "UNTIL":
                ok = IcsValues.TryParseTime(value, null, out var until);
                parsed = parsed with { Until = until };
                break;
            case "BYDAY":
                ok = TryParseDays(value, out var days);
                parsed = parsed with { ByDay = days };
                break;
            case "BYMONTHDAY":
                ok = TryParseNumbers(value, -31, 31, out var monthDays);
                parsed = parsed with { ByMonthDay = monthDays };
                break;
            case "BYMONTH":
                ok = TryParseNumbers(value, 1, 12, out var months);
                parsed = parsed with { ByMonth = months };
                break;
            case "BYSETPOS":
                ok = TryParseNumbers(value, -366, 366, out var positions);
                parsed = parsed with { BySetPos = positions };
                break;
            case "WKST":
                ok = TryParseDay(value, out var weekStart);
                parsed = parsed with { WeekStart = weekStart };
                break;
            case "BYYEARDAY" or "BYWEEKNO" or "BYHOUR" or "BYMINUTE" or "BYSECOND":
                parsed = parsed with { HasTimeOrYearParts = true };
                break;
            default:
                // Unknown x-parts are allowed by RFC 5545 and change nothing here.
                break;
        }

        return ok;
    }

    private static bool TryParseNumbers(ReadOnlySpan<char> text, int min, int max, out int[] numbers)
    {
        var list = new List<int>();
        numbers = [];
        foreach (var range in text.Split(','))
        {
            var item = text[range].Trim();
            var negative = item.Length > 0 && item[0] == '-';
            if (item.Length > 0 && item[0] is '+' or '-')
            {
                item = item[1..];
            }

            if (!IcsValues.TryDigits(item, out var n) || n == 0 || (negative ? -n : n) < min || n > max)
            {
                return false;
            }

            list.Add(negative ? -n : n);
        }

        numbers = [.. list];
        return true;
    }

    private static bool TryParseDays(ReadOnlySpan<char> text, out WeekdayNumber[] days)
    {
        var list = new List<WeekdayNumber>();
        days = [];
        foreach (var range in text.Split(','))
        {
            var item = text[range].Trim();
            if (item.Length < 2 || !TryParseDay(item[^2..], out var day))
            {
                return false;
            }

            var ordinal = 0;
            var number = item[..^2];
            if (!number.IsEmpty)
            {
                var negative = number[0] == '-';
                var digits = number[0] is '+' or '-' ? number[1..] : number;
                if (!IcsValues.TryDigits(digits, out ordinal) || ordinal is 0 or > 53)
                {
                    return false;
                }

                ordinal = negative ? -ordinal : ordinal;
            }

            list.Add(new WeekdayNumber(ordinal, day));
        }

        days = [.. list];
        return true;
    }

    private static bool TryParseDay(ReadOnlySpan<char> text, out DayOfWeek day)
    {
        day = text.ToString().ToUpperInvariant() switch
        {
            "SU" => DayOfWeek.Sunday,
            "MO" => DayOfWeek.Monday,
            "TU" => DayOfWeek.Tuesday,
            "WE" => DayOfWeek.Wednesday,
            "TH" => DayOfWeek.Thursday,
            "FR" => DayOfWeek.Friday,
            "SA" => DayOfWeek.Saturday,
            _ => (DayOfWeek)(-1),
        };
        return day >= 0;
    }
}
