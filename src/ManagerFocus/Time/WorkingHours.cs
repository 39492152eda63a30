using ManagerFocus.Org;

namespace ManagerFocus.Time;

/// <summary>8 h for every weekday of the period inside the person's employment (docs/definitions.md, "Working hours").</summary>
public static class WorkingHours
{
    public const double PerDay = 8.0;

    public static double For(Person person, Period period)
    {
        var (first, end) = period.EmploymentOf(person);
        return Weekdays(first, end) * PerDay;
    }

    /// <summary>8 h for every weekday of the period on which the person was in the organization and employed (the snapshot in force).</summary>
    public static double For(Organization org, Person person, Period period) => For(org, person, period.From, period.To);

    /// <summary>The same for the days [from, to), such as one week of the period.</summary>
    public static double For(Organization org, Person person, DateOnly from, DateOnly to)
    {
        var days = 0;
        foreach (var (start, end) in org.EmploymentOf(person.Index))
        {
            days += Weekdays(start > from ? start : from, end < to ? end : to);
        }

        return days * PerDay;
    }

    /// <summary>Monday-to-Friday days in [from, to).</summary>
    public static int Weekdays(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        if (days <= 0)
        {
            return 0;
        }

        var count = days / 7 * 5;
        var day = from.AddDays(days / 7 * 7);
        for (; day < to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
