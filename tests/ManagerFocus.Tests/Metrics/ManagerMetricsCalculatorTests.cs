using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Metrics;

public sealed class ManagerMetricsCalculatorTests
{
    // Monday 2026-01-05 to Monday 2026-04-06: 13 weeks, 65 weekdays.
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    private static IReadOnlyList<ManagerFigures> Compute(string csv, TimeLedger? ledger = null, IReadOnlyCollection<OneOnOneMeeting>? oneOnOnes = null)
    {
        var org = Builders.Org(csv);
        return new ManagerMetricsCalculator(org, Period, MetricSettings.Default).Compute(ledger ?? new TimeLedger(org.People.Count, Period), oneOnOnes);
    }

    [Fact]
    public void Direct_reports_are_those_employed_on_the_last_day_of_the_period()
    {
        var f = Compute("""
            id,name,manager_id,start_date,end_date
            m,Maria,,,
            a,Ann,m,,
            b,Bo,m,2026-02-01,
            c,Cy,m,,2026-03-01
            d,Di,m,2026-04-06,
            e,Ed,m,,2026-04-05
            """).ShouldHaveSingleItem();

        f.DirectReports.Select(p => p.Id).ShouldBe(["a", "b"]);
        f.SpanTier.ShouldBe(SpanTier.Small);
    }

    [Fact]
    public void People_without_reports_are_not_managers()
    {
        Compute("id,name,manager_id\nm,Maria,\na,Ann,m\nb,Bo,a\n").Select(f => f.Manager.Id).ShouldBe(["m", "a"]);
        Compute("id,name,manager_id\nsolo,Solo,\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_manager_whose_only_report_left_is_listed_with_no_direct_reports_and_observed_as_ic()
    {
        var f = Compute("id,name,manager_id,end_date\nm,Maria,,\na,Ann,m,2026-02-02\n").ShouldHaveSingleItem();

        f.DirectReports.ShouldBeEmpty();
        f.SpanTier.ShouldBe(SpanTier.Small);
        f.ObservedRole.ShouldBe(ObservedRole.Ic);
    }

    [Fact]
    public void A_manager_whose_reports_all_left_before_the_period_is_not_listed()
    {
        Compute("id,name,manager_id,end_date\nm,Maria,,\na,Ann,m,2025-12-01\n").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(5, SpanTier.Small)]
    [InlineData(6, SpanTier.Mid)]
    [InlineData(10, SpanTier.Mid)]
    [InlineData(11, SpanTier.Large)]
    public void Span_tier_follows_the_number_of_direct_reports(int reports, SpanTier tier)
    {
        var csv = "id,name,manager_id\nm,Maria,\n" + string.Concat(Enumerable.Range(0, reports).Select(i => $"r{i},R{i},m\n"));

        Compute(csv).ShouldHaveSingleItem().SpanTier.ShouldBe(tier);
    }

    [Fact]
    public void Working_hours_follow_the_managers_own_employment()
    {
        var f = Compute("id,name,manager_id,start_date\nm,Maria,,2026-03-30\na,Ann,m,\n").ShouldHaveSingleItem();

        f.WorkingHours.ShouldBe(5 * 8);
    }

    [Fact]
    public void Figures_of_an_input_kind_not_given_are_null_not_zero()
    {
        var f = Compute("id,name,manager_id\nm,Maria,\na,Ann,m\n").ShouldHaveSingleItem();

        f.CodingHours.ShouldBeNull();
        f.CodingShare.ShouldBeNull();
        f.MeetingHours.ShouldBeNull();
        f.OneOnOneCoverage.ShouldBeNull();
        f.ReportsWithoutOneOnOne.ShouldBeNull();
        f.ObservedRole.ShouldBeNull();
    }

    [Theory]
    [InlineData(156.0, ObservedRole.Hybrid)]
    [InlineData(52.0, ObservedRole.Manager)]
    [InlineData(52.1, ObservedRole.Hybrid)]
    [InlineData(156.0 + 0.01, ObservedRole.CodingManager)]
    public void Observed_role_follows_the_coding_share(double codingHours, ObservedRole role)
    {
        var org = Builders.Org("id,name,manager_id\nm,Maria,\na,Ann,m\n");
        var ledger = new TimeLedger(2, Period);
        ledger.MarkGiven(Category.Coding);
        ledger.Add(0, Category.Coding, Period.StartUnix + 3600, codingHours);

        var f = new ManagerMetricsCalculator(org, Period, MetricSettings.Default).Compute(ledger).Single();

        f.WorkingHours.ShouldBe(520);
        f.ObservedRole.ShouldBe(role);
    }

    [Fact]
    public void Coverage_counts_one_on_ones_in_the_last_28_days_only()
    {
        var org = Builders.Org("id,name,manager_id\nm,Maria,\na,Ann,m\nb,Bo,m\nc,Cy,m\nd,Di,m\n");
        long Day(int daysBeforeEnd) => Period.EndUnix - (daysBeforeEnd * 86_400L) + 3600;
        var meetings = new[]
        {
            new OneOnOneMeeting(0, 1, Day(1)),
            new OneOnOneMeeting(0, 2, Day(28)),
            new OneOnOneMeeting(0, 3, Day(29)),
        };

        var f = new ManagerMetricsCalculator(org, Period, MetricSettings.Default).Compute(new TimeLedger(5, Period), meetings).Single();

        f.OneOnOneCoverage.ShouldBe(0.5);
        f.ReportsWithoutOneOnOne!.Select(p => p.Id).ShouldBe(["c", "d"]);
    }
}
