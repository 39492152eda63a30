using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Analysis;

public sealed class PeriodChooserTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Default_period_is_the_13_weeks_ending_the_day_after_the_latest_activity()
    {
        var period = PeriodChooser.Choose(null, null, new DateOnly(2026, 11, 1), Today);

        period.To.ShouldBe(new DateOnly(2026, 11, 2));
        period.From.ShouldBe(new DateOnly(2026, 8, 3));
        period.DayCount.ShouldBe(91);
    }

    [Fact]
    public void Without_activity_the_period_ends_today()
    {
        PeriodChooser.Choose(null, null, null, Today).To.ShouldBe(Today);
    }

    [Fact]
    public void From_and_to_are_taken_as_given()
    {
        var period = PeriodChooser.Choose(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 11, 1), Today);

        period.ShouldBe(new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Only_one_bound_extends_thirteen_weeks_from_it()
    {
        PeriodChooser.Choose(new DateOnly(2026, 1, 5), null, null, Today).To.ShouldBe(new DateOnly(2026, 4, 6));
        PeriodChooser.Choose(null, new DateOnly(2026, 4, 6), null, Today).From.ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public void To_before_from_is_a_user_error()
    {
        Should.Throw<UserError>(() => PeriodChooser.Choose(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), null, Today));
    }
}
