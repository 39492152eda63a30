using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Time.Calendar;

/// <summary>Expands the RRULEs real calendars use (DAILY to YEARLY with BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS) in wall-clock time.</summary>
internal static class RecurrenceExpander
{
    private const int LastYear = 9000;

    /// <summary>
    /// Appends the rule's instances at or after <paramref name="start"/> and before <paramref name="endLocal"/>, in order.
    /// Periods wholly before <paramref name="skipBeforeLocal"/> are skipped when COUNT does not need them.
    /// </summary>
    public static void Expand(
        RecurrenceRule rule, DateTime start, DateTime? untilLocal, DateTime skipBeforeLocal, DateTime endLocal, List<DateTime> output)
    {
        var time = start.TimeOfDay;
        var candidates = new List<DateTime>(8);
        var emitted = 0;
        for (var k = FirstPeriod(rule, start, skipBeforeLocal); ; k += rule.Interval)
        {
            if (PeriodStart(rule, start.Date, k) is not { } periodStart || periodStart >= endLocal)
            {
                return;
            }

            candidates.Clear();
            AddCandidates(rule, start, periodStart, candidates);
            SelectPositions(rule.BySetPos, candidates);
            foreach (var date in candidates)
            {
                var at = date + time;
                if (at < start)
                {
                    continue;
                }

                if ((untilLocal is { } until && at > until) || (rule.Count is { } count && emitted >= count) || at >= endLocal)
                {
                    return;
                }

                emitted++;
                output.Add(at);
            }
        }
    }

    private static long FirstPeriod(RecurrenceRule rule, DateTime start, DateTime skipBefore)
    {
        if (rule.Count is not null || skipBefore <= start)
        {
            return 0;
        }

        var days = (long)(skipBefore.Date - start.Date).TotalDays;
        var units = rule.Frequency switch
        {
            Frequency.Daily => days,
            Frequency.Weekly => days / 7,
            Frequency.Monthly => ((skipBefore.Year - start.Year) * 12L) + skipBefore.Month - start.Month,
            _ => skipBefore.Year - start.Year,
        };
        return Math.Max(0, (units / rule.Interval) - 1) * rule.Interval;
    }

    private static DateTime? PeriodStart(RecurrenceRule rule, DateTime day0, long k)
    {
        switch (rule.Frequency)
        {
            case Frequency.Daily:
                return k > 3_000_000 ? null : day0.AddDays(k);
            case Frequency.Weekly:
                var back = ((int)day0.DayOfWeek - (int)rule.WeekStart + 7) % 7;
                return k > 400_000 ? null : day0.AddDays(-back).AddDays(7 * k);
            case Frequency.Monthly:
                var months = ((day0.Year - 1) * 12L) + day0.Month - 1 + k;
                return months / 12 >= LastYear ? null : new DateTime((int)(months / 12) + 1, (int)(months % 12) + 1, 1);
            default:
                var year = day0.Year + k;
                return year >= LastYear ? null : new DateTime((int)year, 1, 1);
        }
    }

    private static void AddCandidates(RecurrenceRule rule, DateTime start, DateTime periodStart, List<DateTime> output)
    {
        switch (rule.Frequency)
        {
            case Frequency.Daily:
                if (InMonths(rule, periodStart.Month) && MatchesMonthDay(rule, periodStart) && MatchesDay(rule, periodStart))
                {
                    output.Add(periodStart);
                }

                break;
            case Frequency.Weekly:
                for (var offset = 0; offset < 7; offset++)
                {
                    var day = periodStart.AddDays(offset);
                    var wanted = rule.ByDay.Length == 0 ? day.DayOfWeek == start.DayOfWeek : MatchesDay(rule, day);
                    if (wanted && InMonths(rule, day.Month))
                    {
                        output.Add(day);
                    }
                }

                break;
            case Frequency.Monthly:
                if (InMonths(rule, periodStart.Month))
                {
                    AddMonthDays(rule, start, periodStart.Year, periodStart.Month, output);
                }

                break;
            default:
                if (rule.ByMonth.Length == 0)
                {
                    AddMonthDays(rule, start, periodStart.Year, start.Month, output);
                    break;
                }

                for (var month = 1; month <= 12; month++)
                {
                    if (InMonths(rule, month))
                    {
                        AddMonthDays(rule, start, periodStart.Year, month, output);
                    }
                }

                break;
        }
    }

    private static void AddMonthDays(RecurrenceRule rule, DateTime start, int year, int month, List<DateTime> output)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (rule.ByMonthDay.Length == 0 && rule.ByDay.Length == 0)
        {
            if (start.Day <= daysInMonth)
            {
                output.Add(new DateTime(year, month, start.Day));
            }

            return;
        }

        for (var d = 1; d <= daysInMonth; d++)
        {
            var day = new DateTime(year, month, d);
            if (MatchesMonthDay(rule, day) && MatchesDay(rule, day))
            {
                output.Add(day);
            }
        }
    }

    private static bool InMonths(RecurrenceRule rule, int month) => rule.ByMonth.Length == 0 || Array.IndexOf(rule.ByMonth, month) >= 0;

    private static bool MatchesMonthDay(RecurrenceRule rule, DateTime day)
    {
        if (rule.ByMonthDay.Length == 0)
        {
            return true;
        }

        var daysInMonth = DateTime.DaysInMonth(day.Year, day.Month);
        foreach (var wanted in rule.ByMonthDay)
        {
            if (wanted > 0 ? wanted == day.Day : daysInMonth + wanted + 1 == day.Day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>BYDAY; an ordinal counts within the month (only MONTHLY, or YEARLY with BYMONTH, reach here with one).</summary>
    private static bool MatchesDay(RecurrenceRule rule, DateTime day)
    {
        if (rule.ByDay.Length == 0)
        {
            return true;
        }

        var daysInMonth = DateTime.DaysInMonth(day.Year, day.Month);
        foreach (var wanted in rule.ByDay)
        {
            if (wanted.Day != day.DayOfWeek)
            {
                continue;
            }

            if (wanted.Ordinal == 0
                || (wanted.Ordinal > 0 && ((day.Day - 1) / 7) + 1 == wanted.Ordinal)
                || (wanted.Ordinal < 0 && ((daysInMonth - day.Day) / 7) + 1 == -wanted.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void SelectPositions(int[] positions, List<DateTime> candidates)
    {
        if (positions.Length == 0 || candidates.Count == 0)
        {
            return;
        }

        var chosen = new SortedSet<DateTime>();
        foreach (var p in positions)
        {
            var index = p > 0 ? p - 1 : candidates.Count + p;
            if (index >= 0 && index < candidates.Count)
            {
                chosen.Add(candidates[index]);
            }
        }

        candidates.Clear();
        candidates.AddRange(chosen);
    }
}
