using System.Globalization;
using System.Text;

namespace ManagerFocus.Sources.Calendar;

/// <summary>A parsed RRULE value, every BY-list without repeated values (RFC 5545, 3.3.10).</summary>
internal sealed record RecurrenceRule
{
    /// <summary>The rule as written; <see cref="ToText"/> gives the normalized rule the Ical.Net fallback reads.</summary>
    public required string Text { get; init; }

    public required Frequency Frequency { get; init; }
    public int Interval { get; init; } = 1;
    public int? Count { get; init; }
    public IcsTime? Until { get; init; }
    public WeekdayNumber[] ByDay { get; init; } = [];
    public int[] ByMonthDay { get; init; } = [];
    public int[] ByMonth { get; init; } = [];
    public int[] BySetPos { get; init; } = [];
    public int[] ByYearDay { get; init; } = [];
    public int[] ByWeekNo { get; init; } = [];
    public int[] ByHour { get; init; } = [];
    public int[] ByMinute { get; init; } = [];
    public int[] BySecond { get; init; } = [];
    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>Parts only the Ical.Net fallback expands (BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSECOND).</summary>
    public bool HasTimeOrYearParts => ByYearDay.Length + ByWeekNo.Length + ByHour.Length + ByMinute.Length + BySecond.Length > 0;

    /// <summary>True when <see cref="RecurrenceExpander"/> handles the rule; otherwise Ical.Net expands it.</summary>
    public bool IsSupportedNatively =>
        !HasTimeOrYearParts
        && Frequency >= Frequency.Daily
        && (ByDay.All(d => d.Ordinal == 0) || Frequency == Frequency.Monthly || (Frequency == Frequency.Yearly && ByMonth.Length > 0))
        && (Frequency != Frequency.Weekly || ByMonthDay.Length == 0)
        && (Frequency != Frequency.Yearly || ByMonth.Length > 0 || (ByDay.Length == 0 && ByMonthDay.Length == 0));

    /// <summary>
    /// Parses a rule. False (with <paramref name="problem"/>) when it cannot be used; true with a non-empty
    /// <paramref name="problem"/> when a part was ignored and the rest is used, as the problem says.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RecurrenceRule? rule, out string problem) =>
        RecurrenceRuleParser.TryParse(text, out rule, out problem);

    /// <summary>The rule in RFC 5545 form with its parsed values only: no repeated BY values, no ignored parts, no UNTIL.</summary>
    public string ToText()
    {
        var text = new StringBuilder("FREQ=").Append(Frequency.ToString().ToUpperInvariant());
        if (Interval != 1)
        {
            text.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        }

        if (Count is { } count)
        {
            text.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        }

        Append(text, "BYSECOND", BySecond);
        Append(text, "BYMINUTE", ByMinute);
        Append(text, "BYHOUR", ByHour);
        if (ByDay.Length > 0)
        {
            text.Append(";BYDAY=").AppendJoin(',', ByDay.Select(d => (d.Ordinal == 0 ? "" : d.Ordinal.ToString(CultureInfo.InvariantCulture))
                + d.Day.ToString()[..2].ToUpperInvariant()));
        }

        Append(text, "BYMONTHDAY", ByMonthDay);
        Append(text, "BYYEARDAY", ByYearDay);
        Append(text, "BYWEEKNO", ByWeekNo);
        Append(text, "BYMONTH", ByMonth);
        Append(text, "BYSETPOS", BySetPos);
        return text.Append(";WKST=").Append(WeekStart.ToString()[..2].ToUpperInvariant()).ToString();
    }

    private static void Append(StringBuilder text, string name, int[] values)
    {
        if (values.Length > 0)
        {
            text.Append(';').Append(name).Append('=').AppendJoin(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
