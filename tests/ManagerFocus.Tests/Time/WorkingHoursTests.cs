using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Time;

public sealed class WorkingHoursTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 19)); // Mon..Sun, two weeks

    private static Person Person(DateOnly? start = null, DateOnly? end = null) =>
        new() { Index = 0, Id = "a", Name = "Ada", StartDate = start, EndDate = end };

    [Fact]
    public void Working_hours_are_eight_per_weekday_of_the_period()
    {
        WorkingHours.For(Person(), Period).ShouldBe(80);
    }

    [Fact]
    public void Working_hours_start_on_a_joiners_first_day()
    {
        WorkingHours.For(Person(start: new DateOnly(2026, 1, 14)), Period).ShouldBe(3 * 8);
    }

    [Fact]
    public void Working_hours_end_before_a_leavers_end_date()
    {
        // end_date is exclusive: employed Mon 5th to Tue 6th.
        WorkingHours.For(Person(end: new DateOnly(2026, 1, 7)), Period).ShouldBe(2 * 8);
    }

    [Fact]
    public void Someone_who_left_before_the_period_has_no_working_hours()
    {
        WorkingHours.For(Person(end: new DateOnly(2025, 12, 1)), Period).ShouldBe(0);
    }

    [Fact]
    public void Weekdays_match_a_day_by_day_count()
    {
        var from = new DateOnly(2026, 1, 1);
        for (var length = 0; length < 40; length++)
        {
            var to = from.AddDays(length);
            var expected = Enumerable.Range(0, length).Select(from.AddDays).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            WorkingHours.Weekdays(from, to).ShouldBe(expected);
        }
    }
}
