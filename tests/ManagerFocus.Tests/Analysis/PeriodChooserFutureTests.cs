using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Tests.Analysis;

public sealed class PeriodChooserFutureTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData(2026, 11, 29)]
    [InlineData(2100, 1, 1)]
    [InlineData(9998, 12, 1)]
    public void Activity_after_today_is_warned_about_and_cannot_move_the_default_period(int year, int month, int day)
    {
        var warnings = new WarningLog();

        var period = PeriodChooser.Choose(null, null, new DateOnly(year, month, day), Today, warnings);

        period.To.ShouldBe(Today);
        warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("after today");
    }

    [Fact]
    public void Activity_up_to_today_chooses_the_period_without_a_warning()
    {
        var warnings = new WarningLog();

        var period = PeriodChooser.Choose(null, null, Today.AddDays(-10), Today, warnings);

        period.To.ShouldBe(Today.AddDays(-9));
        warnings.Count.ShouldBe(0);
    }
}
