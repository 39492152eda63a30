using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Time.Calendar;

/// <summary>A rule's BY parts with RFC 5545's defaults taken from DTSTART, as day filters and sorted time lists.</summary>
internal sealed class RuleShape
{
    private readonly RecurrenceRule _rule;
    private readonly int[] _months;
    private readonly int[] _monthDays;
    private readonly WeekdayNumber[] _days;
    private readonly int[] _hours;
    private readonly int[] _minutes;
    private readonly int[] _seconds;
    private readonly OrdinalScope _scope;

    private enum OrdinalScope
    {
        None,
        Month,
        Year,
    }

    private RuleShape(RecurrenceRule rule, DateTime start)
    {
        _rule = rule;
        _months = rule.ByMonth;
        _monthDays = rule.ByMonthDay;
        _days = rule.ByDay;
        var noDayPart = rule.ByWeekNo.Length + rule.ByYearDay.Length + rule.ByMonthDay.Length + rule.ByDay.Length == 0;
        switch (rule.Frequency)
        {
            // Without a BY part naming days, the day comes from DTSTART (RFC 5545, 3.3.10: "derived from DTSTART").
            case Frequency.Yearly when noDayPart:
                _months = _months.Length == 0 ? [start.Month] : _months;
                _monthDays = [start.Day];
                break;
            case Frequency.Yearly when _months.Length == 0 && rule.ByMonthDay.Length > 0 && rule.ByWeekNo.Length + rule.ByYearDay.Length == 0:
                _months = [start.Month];
                break;
            case Frequency.Monthly when noDayPart:
                _monthDays = [start.Day];
                break;
            case Frequency.Weekly when noDayPart:
            case Frequency.Yearly when rule.ByWeekNo.Length > 0 && rule.ByDay.Length == 0:
                _days = [new WeekdayNumber(0, start.DayOfWeek)];
                break;
        }

        _scope = rule.Frequency switch
        {
            Frequency.Monthly => OrdinalScope.Month,
            Frequency.Yearly when rule.ByMonth.Length > 0 => OrdinalScope.Month,
            Frequency.Yearly when rule.ByWeekNo.Length == 0 => OrdinalScope.Year,
            _ => OrdinalScope.None,
        };
        _hours = Sorted(rule.ByHour, start.Hour);
        _minutes = Sorted(rule.ByMinute, start.Minute);
        _seconds = Sorted(rule.BySecond, start.Second);
    }

    public static RuleShape Of(RecurrenceRule rule, DateTime start) => new(rule, start);

    /// <summary>
    /// Appends the period's candidates in order; for a sub-daily period that cannot match returns the earliest time
    /// a later period can (the next day, hour or minute), else null.
    /// </summary>
    public DateTime? AddCandidates(DateTime periodStart, List<DateTime> output)
    {
        var frequency = _rule.Frequency;
        if (frequency <= Frequency.Hourly)
        {
            return AddSubDaily(periodStart, output);
        }

        var (first, days) = frequency switch
        {
            Frequency.Daily => (periodStart, 1),
            Frequency.Weekly => (periodStart, 7),
            Frequency.Monthly => (periodStart, DateTime.DaysInMonth(periodStart.Year, periodStart.Month)),
            _ when _rule.ByWeekNo.Length > 0 => (periodStart, (WeekOne(periodStart.AddDays(7).Year + 1, _rule.WeekStart) - periodStart).Days),
            _ => (periodStart, DateTime.IsLeapYear(periodStart.Year) ? 366 : 365),
        };
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            if (Matches(day))
            {
                AddTimes(day, _hours, _minutes, _seconds, output);
            }
        }

        return null;
    }

    /// <summary>The first period index, a multiple of INTERVAL past <paramref name="k"/>, starting at or after <paramref name="at"/>.</summary>
    public long PeriodAtOrAfter(DateTime at, DateTime start, long k)
    {
        var unit = _rule.Frequency switch
        {
            Frequency.Secondly => TimeSpan.TicksPerSecond,
            Frequency.Minutely => TimeSpan.TicksPerMinute,
            _ => TimeSpan.TicksPerHour,
        };
        var base0 = FullRecurrenceExpander.PeriodStart(_rule, start, 0)!.Value;
        var units = (at.Ticks - base0.Ticks + unit - 1) / unit;
        var step = _rule.Interval;
        return Math.Max(k + step, (units + step - 1) / step * step);
    }

    private DateTime? AddSubDaily(DateTime periodStart, List<DateTime> output)
    {
        var day = periodStart.Date;
        if (!Matches(day))
        {
            return day.AddDays(1);
        }

        var hour = periodStart.Hour;
        if (_rule.ByHour.Length > 0 && Array.IndexOf(_rule.ByHour, hour) < 0)
        {
            return periodStart.Date.AddHours(hour + 1);
        }

        if (_rule.Frequency == Frequency.Hourly)
        {
            AddTimes(day, [hour], _minutes, _seconds, output);
            return null;
        }

        var minute = periodStart.Minute;
        if (_rule.ByMinute.Length > 0 && Array.IndexOf(_rule.ByMinute, minute) < 0)
        {
            return periodStart.Date.AddHours(hour).AddMinutes(minute + 1);
        }

        var seconds = _rule.Frequency == Frequency.Minutely ? _seconds : [periodStart.Second];
        if (_rule.Frequency == Frequency.Secondly && _rule.BySecond.Length > 0 && Array.IndexOf(_rule.BySecond, periodStart.Second) < 0)
        {
            return null;
        }

        AddTimes(day, [hour], [minute], seconds, output);
        return null;
    }

    private static void AddTimes(DateTime day, int[] hours, int[] minutes, int[] seconds, List<DateTime> output)
    {
        foreach (var h in hours)
        {
            foreach (var m in minutes)
            {
                foreach (var s in seconds)
                {
                    // Second 60 (a leap second) is read as the first second of the next minute.
                    output.Add(day.AddHours(h).AddMinutes(m).AddSeconds(s));
                }
            }
        }
    }

    private bool Matches(DateTime day) =>
        (_months.Length == 0 || Array.IndexOf(_months, day.Month) >= 0)
        && (_rule.ByWeekNo.Length == 0 || MatchesWeek(day))
        && (_rule.ByYearDay.Length == 0 || MatchesYearDay(day))
        && (_monthDays.Length == 0 || MatchesMonthDay(day))
        && (_days.Length == 0 || MatchesDay(day));

    private bool MatchesYearDay(DateTime day)
    {
        var length = DateTime.IsLeapYear(day.Year) ? 366 : 365;
        foreach (var n in _rule.ByYearDay)
        {
            if (n > 0 ? n == day.DayOfYear : length + n + 1 == day.DayOfYear)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesMonthDay(DateTime day)
    {
        var length = DateTime.DaysInMonth(day.Year, day.Month);
        foreach (var n in _monthDays)
        {
            if (n > 0 ? n == day.Day : length + n + 1 == day.Day)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesDay(DateTime day)
    {
        foreach (var wanted in _days)
        {
            if (wanted.Day != day.DayOfWeek)
            {
                continue;
            }

            if (wanted.Ordinal == 0 || _scope == OrdinalScope.None)
            {
                return true;
            }

            var (index, length) = _scope == OrdinalScope.Month
                ? (day.Day, DateTime.DaysInMonth(day.Year, day.Month))
                : (day.DayOfYear, DateTime.IsLeapYear(day.Year) ? 366 : 365);
            if (wanted.Ordinal > 0 ? ((index - 1) / 7) + 1 == wanted.Ordinal : ((length - index) / 7) + 1 == -wanted.Ordinal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>BYWEEKNO: week 1 is the first week starting on WKST with four or more days of its year; -1 is its year's last week.</summary>
    private bool MatchesWeek(DateTime day)
    {
        var wkst = _rule.WeekStart;
        var year = WeekYear(day, wkst);
        var week = ((day - WeekOne(year, wkst)).Days / 7) + 1;
        var weeks = (WeekOne(year + 1, wkst) - WeekOne(year, wkst)).Days / 7;
        foreach (var n in _rule.ByWeekNo)
        {
            if (n > 0 ? n == week : weeks + n + 1 == week)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first day of week 1 of <paramref name="year"/>: the week starting on WKST with four or more days in the year.</summary>
    internal static DateTime WeekOne(int year, DayOfWeek weekStart)
    {
        var january1 = new DateTime(year, 1, 1);
        var offset = ((int)january1.DayOfWeek - (int)weekStart + 7) % 7;
        return offset <= 3 ? january1.AddDays(-offset) : january1.AddDays(7 - offset);
    }

    /// <summary>The year whose weeks <paramref name="day"/> is counted in (31 December can be in week 1 of the next year).</summary>
    internal static int WeekYear(DateTime day, DayOfWeek weekStart) =>
        day < WeekOne(day.Year, weekStart) ? day.Year - 1 : day.Year < 9999 && day >= WeekOne(day.Year + 1, weekStart) ? day.Year + 1 : day.Year;

    private static int[] Sorted(int[] values, int fallback) => values.Length == 0 ? [fallback] : [.. values.Order()];
}
