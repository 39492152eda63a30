using CsCheck;
using ManagerFocus.Reporting;

namespace ManagerFocus.Tests.Reporting;

public sealed class WeeklyRoundingTests
{
    [Fact]
    public void Rounded_weeks_add_up_to_the_rounded_total()
    {
        Gen.Double[0, 40].Array[1, 14].Sample(weeks =>
        {
            var total = weeks.Sum();
            var rounded = WeeklyRounding.Hours([.. weeks.Select(w => (double?)w)], total);
            var cents = rounded.Sum(r => (long)Math.Round(r!.Value * 100));
            return cents == (long)Math.Round(total * 100, MidpointRounding.AwayFromZero)
                && rounded.Zip(weeks).All(p => Math.Abs(p.First!.Value - p.Second) < 0.01 + 1e-9);
        });
    }

    [Fact]
    public void Exact_hundredths_stay_as_they_are()
    {
        WeeklyRounding.Hours([1.5, 0.25, 2], 3.75).ShouldBe([1.5, 0.25, 2]);
    }

    [Fact]
    public void Leftover_hundredths_go_to_the_largest_remainders()
    {
        // A third of an hour in each of three weeks: 0.33 + 0.33 + 0.33 = 0.99, the total rounds to 1.00.
        WeeklyRounding.Hours([1 / 3.0, 1 / 3.0, 1 / 3.0], 1.0).ShouldBe([0.34, 0.33, 0.33]);
    }

    [Fact]
    public void A_total_not_given_gives_weeks_not_given()
    {
        WeeklyRounding.Hours([null, null], null).ShouldBe([null, null]);
    }
}
