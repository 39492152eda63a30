
namespace ManagerFocus.Generator.Tests;

public sealed class RecurrenceTests
{
    [Fact]
    public void Biweekly_rule_with_count_stops_after_count_instances()
    {
        var rule = new Recurrence([DayOfWeek.Tuesday], Interval: 2, Count: 3);

        var dates = rule.Dates(new DateOnly(2026, 1, 6), new DateOnly(2027, 1, 1)).ToList();

        dates.ShouldBe([new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 3)]);
        rule.ToRule(Zone.Utc, new TimeOnly(10, 0)).ShouldBe("FREQ=WEEKLY;COUNT=3;INTERVAL=2;BYDAY=TU");
    }

    [Fact]
    public void Weekday_rule_with_until_includes_the_until_day()
    {
        var rule = new Recurrence([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], Until: new DateOnly(2026, 1, 9));

        var dates = rule.Dates(new DateOnly(2026, 1, 5), new DateOnly(2027, 1, 1)).ToList();

        dates.ShouldBe([new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 7), new DateOnly(2026, 1, 9)]);
        rule.ToRule(Zone.All.Single(z => z.Id == "Europe/Berlin"), new TimeOnly(10, 0)).ShouldBe("FREQ=WEEKLY;UNTIL=20260109T090000Z;BYDAY=MO,WE,FR");
    }

    [Fact]
    public void Monthly_rule_lands_on_the_first_thursday()
    {
        var rule = new Recurrence([DayOfWeek.Thursday], MonthlyNth: 1);

        var first = rule.FirstOnOrAfter(new DateOnly(2026, 1, 10));
        var dates = rule.Dates(first, new DateOnly(2026, 5, 1)).ToList();

        dates.ShouldBe([new DateOnly(2026, 2, 5), new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 2)]);
    }

    [Fact]
    public void Floating_events_get_a_floating_until()
    {
        var rule = new Recurrence([DayOfWeek.Friday], Until: new DateOnly(2026, 8, 7));

        rule.ToRule(Zone.All.Single(z => z.Id == "Europe/Berlin"), new TimeOnly(14, 0), floating: true)
            .ShouldBe("FREQ=WEEKLY;UNTIL=20260807T140000;BYDAY=FR");
    }
}
