using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Time.Calendar;

/// <summary>
/// Expands any RFC 5545 rule (every FREQ and BY part, BYWEEKNO, BYYEARDAY, BYHOUR, BYMINUTE, BYSECOND, BYSETPOS) in
/// wall-clock time: each FREQ x INTERVAL period's days are filtered by the BY parts, then given their times.
/// <see cref="RecurrenceExpander"/> is the fast path for the rules calendars mostly hold.
/// </summary>
internal static class FullRecurrenceExpander
{
    /// <summary>More instances than this from one rule before the period ends means a runaway rule (FREQ=SECONDLY for years).</summary>
    public const int MaxInstances = 200_000;

    private const int LastYear = 9000;

    /// <summary>Appends the rule's instances at or after <paramref name="start"/> and before <paramref name="endLocal"/>; false when cut at <see cref="MaxInstances"/>.</summary>
    public static bool Expand(
        RecurrenceRule rule, DateTime start, DateTime? untilLocal, DateTime skipBeforeLocal, DateTime endLocal, List<DateTime> output)
    {
        var shape = RuleShape.Of(rule, start);
        var candidates = new List<DateTime>();
        var emitted = 0;
        for (var k = FirstPeriod(rule, start, skipBeforeLocal); ; k += rule.Interval)
        {
            if (PeriodStart(rule, start, k) is not { } periodStart || periodStart >= endLocal)
            {
                return true;
            }

            candidates.Clear();
            if (shape.AddCandidates(periodStart, candidates) is { } resume && resume > periodStart)
            {
                // A sub-daily period on a day (or hour, minute) the rule never matches: go straight to the next one that can.
                k = shape.PeriodAtOrAfter(resume, start, k) - rule.Interval;
                continue;
            }

            if (rule.BySetPos.Length > 0)
            {
                SelectPositions(rule.BySetPos, candidates);
            }

            foreach (var at in candidates)
            {
                if (at < start)
                {
                    continue;
                }

                if ((untilLocal is { } until && at > until) || (rule.Count is { } count && emitted >= count) || at >= endLocal)
                {
                    return true;
                }

                if (++emitted > MaxInstances)
                {
                    return false;
                }

                output.Add(at);
            }
        }
    }

    /// <summary>Periods wholly before <paramref name="skipBefore"/> are skipped when COUNT does not need them.</summary>
    private static long FirstPeriod(RecurrenceRule rule, DateTime start, DateTime skipBefore)
    {
        if (rule.Count is not null || skipBefore <= start)
        {
            return 0;
        }

        var span = skipBefore - start;
        var units = rule.Frequency switch
        {
            Frequency.Secondly => (long)span.TotalSeconds,
            Frequency.Minutely => (long)span.TotalMinutes,
            Frequency.Hourly => (long)span.TotalHours,
            Frequency.Daily => (long)span.TotalDays,
            Frequency.Weekly => (long)span.TotalDays / 7,
            Frequency.Monthly => ((skipBefore.Year - start.Year) * 12L) + skipBefore.Month - start.Month,
            _ => skipBefore.Year - start.Year,
        };
        return Math.Max(0, (units / rule.Interval) - 1) * rule.Interval;
    }

    /// <summary>The start of the k-th FREQ unit counted from the one holding DTSTART (a week starts on WKST).</summary>
    internal static DateTime? PeriodStart(RecurrenceRule rule, DateTime start, long k)
    {
        try
        {
            var at = rule.Frequency switch
            {
                Frequency.Secondly => start.AddTicks(checked(k * TimeSpan.TicksPerSecond)),
                Frequency.Minutely => Truncate(start, TimeSpan.TicksPerMinute).AddTicks(checked(k * TimeSpan.TicksPerMinute)),
                Frequency.Hourly => Truncate(start, TimeSpan.TicksPerHour).AddTicks(checked(k * TimeSpan.TicksPerHour)),
                Frequency.Daily => start.Date.AddDays(k),
                Frequency.Weekly => start.Date.AddDays(-(((int)start.DayOfWeek - (int)rule.WeekStart + 7) % 7)).AddDays(checked(7 * k)),
                Frequency.Monthly => MonthStart(start, k),
                _ when rule.ByWeekNo.Length > 0 => WeekYearStart(rule, start, k),
                _ => start.Year + k >= LastYear ? null : new DateTime((int)(start.Year + k), 1, 1),
            };
            return at?.Year >= LastYear ? null : at;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static DateTime Truncate(DateTime at, long unit) => new(at.Ticks - (at.Ticks % unit));

    /// <summary>With BYWEEKNO a year is a week-numbering year, as libical counts it: from DTSTART's, by INTERVAL.</summary>
    private static DateTime? WeekYearStart(RecurrenceRule rule, DateTime start, long k)
    {
        var year = RuleShape.WeekYear(start, rule.WeekStart) + k;
        return year >= LastYear ? null : RuleShape.WeekOne((int)year, rule.WeekStart);
    }

    private static DateTime? MonthStart(DateTime start, long k)
    {
        var months = ((start.Year - 1) * 12L) + start.Month - 1 + k;
        return months / 12 >= LastYear ? null : new DateTime((int)(months / 12) + 1, (int)(months % 12) + 1, 1);
    }

    private static void SelectPositions(int[] positions, List<DateTime> candidates)
    {
        if (candidates.Count == 0)
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
