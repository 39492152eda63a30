using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Reads RRULE text; problems name the rule part (RFC 5545 vocabulary), never the value written.</summary>
internal static class RecurrenceRuleParser
{
    public static bool TryParse(ReadOnlySpan<char> text, out RecurrenceRule? rule, out string problem)
    {
        rule = null;
        problem = "";
        Frequency? frequency = null;
        var parsed = new RecurrenceRule { Text = text.ToString(), Frequency = Frequency.Daily };
        List<string>? notes = null;
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
                problem = "RRULE has a part without '='";
                return false;
            }

            var key = part[..equals].ToString().ToUpperInvariant();
            var value = part[(equals + 1)..];
            if (!TryApply(ref parsed, key, value, ref frequency, ref notes, out var failure))
            {
                problem = failure;
                return false;
            }
        }

        if (frequency is null)
        {
            problem = "RRULE has no FREQ";
            return false;
        }

        if (parsed.Count is <= 0)
        {
            if (parsed.Until is null)
            {
                problem = "RRULE has a COUNT below 1 and no UNTIL";
                return false;
            }

            // Confluence writes FREQ=WEEKLY;UNTIL=...;COUNT=-1: the series is meant to run until UNTIL.
            (notes ??= []).Add("RRULE has a COUNT below 1 beside UNTIL; COUNT is ignored and the series ends at UNTIL");
            parsed = parsed with { Count = null };
        }

        rule = parsed with { Frequency = frequency.Value };
        problem = notes is null ? "" : string.Join("; ", notes);
        return true;
    }

    /// <summary>Applies one NAME=value part; false with a reason when the rule cannot be used.</summary>
    private static bool TryApply(
        ref RecurrenceRule parsed, string key, ReadOnlySpan<char> value, ref Frequency? frequency, ref List<string>? notes, out string failure)
    {
        var ok = true;
        failure = "";
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
                ok = TryParseSigned(value, out var count);
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
            case "WKST":
                ok = TryParseDay(value, out var weekStart);
                parsed = parsed with { WeekStart = weekStart };
                break;
            case "BYMONTHDAY" or "BYMONTH" or "BYSETPOS" or "BYYEARDAY" or "BYWEEKNO" or "BYHOUR" or "BYMINUTE" or "BYSECOND":
                ok = TryApplyNumbers(ref parsed, key, value);
                break;
            case "RSCALE" or "SKIP":
                // RFC 7529: the Gregorian scale and SKIP=OMIT are what this reader does anyway; other calendars are not read.
                ok = value.Equals(key == "RSCALE" ? "GREGORIAN" : "OMIT", StringComparison.OrdinalIgnoreCase);
                failure = ok ? "" : $"RRULE has an {key} this reader does not support (RFC 7529)";
                return ok;
            default:
                if (key.StartsWith("X-", StringComparison.Ordinal))
                {
                    (notes ??= []).Add("RRULE has a private X- part; it is ignored and the rest of the rule is used");
                    break;
                }

                // A misspelt part (UNTL for UNTIL) may have been meant to end the series, so the rule is not trusted to run on.
                failure = "RRULE has a part that is not an RFC 5545 rule part";
                return false;
        }

        failure = ok ? "" : $"RRULE has a bad {key}";
        return ok;
    }

    private static bool TryApplyNumbers(ref RecurrenceRule parsed, string key, ReadOnlySpan<char> value)
    {
        var (min, max, zero) = key switch
        {
            "BYMONTHDAY" => (-31, 31, false),
            "BYMONTH" => (1, 12, false),
            "BYYEARDAY" or "BYSETPOS" => (-366, 366, false),
            "BYWEEKNO" => (-53, 53, false),
            "BYHOUR" => (0, 23, true),
            "BYMINUTE" => (0, 59, true),
            _ => (0, 60, true),
        };
        if (!TryParseNumbers(value, min, max, zero, out var numbers))
        {
            return false;
        }

        parsed = key switch
        {
            "BYMONTHDAY" => parsed with { ByMonthDay = numbers },
            "BYMONTH" => parsed with { ByMonth = numbers },
            "BYSETPOS" => parsed with { BySetPos = numbers },
            "BYYEARDAY" => parsed with { ByYearDay = numbers },
            "BYWEEKNO" => parsed with { ByWeekNo = numbers },
            "BYHOUR" => parsed with { ByHour = numbers },
            "BYMINUTE" => parsed with { ByMinute = numbers },
            _ => parsed with { BySecond = numbers },
        };
        return true;
    }

    private static bool TryParseSigned(ReadOnlySpan<char> text, out int number)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var ok = IcsValues.TryDigits(text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text, out number);
        number = negative ? -number : number;
        return ok;
    }

    /// <summary>A comma list of numbers in [min, max] (zero only where allowed); a value written twice is one value.</summary>
    private static bool TryParseNumbers(ReadOnlySpan<char> text, int min, int max, bool zero, out int[] numbers)
    {
        var list = new List<int>();
        numbers = [];
        foreach (var range in text.Split(','))
        {
            var item = text[range].Trim();
            if (!TryParseSigned(item, out var n) || (n == 0 && !zero) || n < min || n > max)
            {
                return false;
            }

            if (!list.Contains(n))
            {
                list.Add(n);
            }
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
            if (!number.IsEmpty && (!TryParseSigned(number, out ordinal) || ordinal is 0 or > 53 or < -53))
            {
                return false;
            }

            var entry = new WeekdayNumber(ordinal, day);
            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
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
