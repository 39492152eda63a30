using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using static ManagerFocus.Tests.Builders;

namespace ManagerFocus.Tests.Policy;

public sealed class PolicyEvaluatorTests
{
    private static readonly PolicyEvaluator Evaluator = new(PolicySettings.Default);

    private static IReadOnlyList<Violation> Broken(ManagerFigures f, string rule) =>
        Evaluator.Evaluate(f).Where(v => v.Rule == rule).ToList();

    public sealed class CodingCap
    {
        [Theory]
        [InlineData(0.30, false)]
        [InlineData(0.3001, true)]
        [InlineData(0.29, false)]
        [InlineData(0.51, true)]
        public void Coding_cap_is_broken_only_above_thirty_percent(double share, bool broken)
        {
            var violations = Broken(Manager(reports: 3, coding: share), Rule.CodingCap);

            violations.Count.ShouldBe(broken ? 1 : 0);
        }

        [Fact]
        public void Coding_cap_is_an_error_whose_message_gives_the_numbers()
        {
            var v = Broken(Manager(reports: 3, coding: 0.51), Rule.CodingCap).ShouldHaveSingleItem();

            v.Severity.ShouldBe(Severity.Error);
            v.Message.ShouldBe("coding share 0.51 > 0.30");
        }

        [Fact]
        public void A_share_just_over_the_cap_never_reads_as_equal_to_it()
        {
            Broken(Manager(reports: 3, coding: 0.3004), Rule.CodingCap).ShouldHaveSingleItem().Message.ShouldBe("coding share 0.3004 > 0.30");
        }

        [Fact]
        public void Without_coding_data_no_coding_rule_can_break()
        {
            Evaluator.Evaluate(Manager(reports: 12)).ShouldBeEmpty();
        }
    }

    public sealed class HybridSpan
    {
        [Theory]
        [InlineData(0.10, 12, null)]
        [InlineData(0.11, 5, null)]
        [InlineData(0.11, 6, Severity.Warning)]
        [InlineData(0.20, 10, Severity.Warning)]
        [InlineData(0.20, 11, Severity.Error)]
        public void Hybrid_span_warns_at_six_to_ten_reports_and_errors_from_eleven(double share, int reports, Severity? expected)
        {
            var v = Broken(Manager(reports, coding: share), Rule.HybridSpan);

            v.SingleOrDefault()?.Severity.ShouldBe(expected!.Value);
            v.Count.ShouldBe(expected is null ? 0 : 1);
        }
    }

    public sealed class OneOnOnes
    {
        [Theory]
        [InlineData(0.8, false)]
        [InlineData(1.0, false)]
        [InlineData(0.75, true)]
        public void One_on_ones_warn_below_eighty_percent_coverage(double coverage, bool broken)
        {
            var v = Broken(Manager(reports: 4, coverage: coverage), Rule.OneOnOnes);

            v.Count.ShouldBe(broken ? 1 : 0);
            if (broken)
            {
                v[0].Severity.ShouldBe(Severity.Warning);
                v[0].Message.ShouldContain("R1");
            }
        }
    }

    public sealed class TrackMatch
    {
        [Theory]
        [InlineData("management", 3, 0.35, true)]
        [InlineData("management", 3, 0.25, false)]
        [InlineData("hybrid", 5, 0.2, false)]
        [InlineData("hybrid", 6, 0.0, true)]
        [InlineData("ic", 1, 0.5, true)]
        [InlineData(null, 12, 0.9, false)]
        public void Declared_track_must_agree_with_observed_role(string? track, int reports, double coding, bool broken)
        {
            Broken(Manager(reports, coding: coding, track: track), Rule.TrackMatch).Count.ShouldBe(broken ? 1 : 0);
        }
    }

    public sealed class ReviewBottleneck
    {
        [Theory]
        [InlineData(20.0, 10.0, false)]
        [InlineData(20.1, 10.0, true)]
        [InlineData(null, 10.0, false)]
        [InlineData(30.0, null, false)]
        public void Review_bottleneck_warns_when_the_manager_takes_more_than_twice_as_long(double? mine, double? others, bool broken)
        {
            var f = Manager(reports: 4, bottleneck: new ReviewBottleneckFigures(mine, others, 7));

            Broken(f, Rule.ReviewBottleneck).Count.ShouldBe(broken ? 1 : 0);
        }
    }

    [Fact]
    public void A_rule_set_to_off_never_breaks()
    {
        var evaluator = new PolicyEvaluator(PolicySettings.Default with { CodingCapSeverity = Severity.Off });

        evaluator.Evaluate(Manager(reports: 3, coding: 0.9)).ShouldNotContain(v => v.Rule == Rule.CodingCap);
    }

    [Fact]
    public void A_manager_without_direct_reports_breaks_no_rule()
    {
        Evaluator.Evaluate(Manager(reports: 0, coding: 0.9, track: "management")).ShouldBeEmpty();
    }
}
