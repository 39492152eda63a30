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
