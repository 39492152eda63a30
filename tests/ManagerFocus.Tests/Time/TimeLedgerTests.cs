using CsCheck;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Time;

public sealed class TimeLedgerTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 19));

    [Fact]
    public void Intervals_are_clipped_to_the_period_and_split_at_week_boundaries()
    {
        var ledger = new TimeLedger(1, Period);
        var sunday2200 = Period.StartUnix + (6 * 86_400) + (22 * 3600);

        ledger.AddInterval(0, Category.Meeting, sunday2200, sunday2200 + (4 * 3600));
        ledger.AddInterval(0, Category.Meeting, Period.StartUnix - 3600, Period.StartUnix + 1800);
        ledger.AddInterval(0, Category.Meeting, Period.EndUnix - 1800, Period.EndUnix + 3600);

        ledger.Week(0, 0, Category.Meeting).ShouldBe(2.5);
        ledger.Week(0, 1, Category.Meeting).ShouldBe(2.5);
        ledger.Total(0, Category.Meeting).ShouldBe(5);
    }

    [Fact]
    public void Hours_outside_the_period_are_not_added()
    {
        var ledger = new TimeLedger(1, Period);

        ledger.Add(0, Category.Coding, Period.EndUnix, 3);
        ledger.Add(0, Category.Coding, Period.StartUnix - 1, 3);
        ledger.Add(0, Category.Coding, Period.StartUnix, 1.5);

        ledger.Total(0, Category.Coding).ShouldBe(1.5);
    }

    [Fact]
    public void A_category_is_not_given_until_an_input_marks_it()
    {
        var ledger = new TimeLedger(1, Period);

        ledger.IsGiven(Category.Review).ShouldBeFalse();
        ledger.MarkGiven(Category.Review);
        ledger.IsGiven(Category.Review).ShouldBeTrue();
    }

    [Fact]
    public void Interval_hours_always_sum_to_the_part_inside_the_period()
    {
        var span = Period.EndUnix - Period.StartUnix;
        Gen.Select(Gen.Long[-span / 2, span + (span / 2)], Gen.Long[0, span]).Sample((start, length) =>
        {
            var ledger = new TimeLedger(1, Period);
            var from = Period.StartUnix + start;

            ledger.AddInterval(0, Category.Meeting, from, from + length);

            var inside = Math.Max(0, Math.Min(from + length, Period.EndUnix) - Math.Max(from, Period.StartUnix)) / 3600.0;
            var weeks = Enumerable.Range(0, Period.WeekCount).Sum(w => ledger.Week(0, w, Category.Meeting));
            return Math.Abs(weeks - inside) < 1e-9 && Math.Abs(ledger.Total(0, Category.Meeting) - inside) < 1e-9;
        });
    }
}
