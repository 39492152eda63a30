using ManagerFocus.Policy;
using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests.Charts;

public sealed class SpanCodingChartTests
{
    private static readonly PolicyReport Default = PolicyReport.Of(PolicySettings.Default);

    [Fact]
    public void Draws_the_tiers_the_30_percent_line_and_a_point_per_role()
    {
        // Given
        var managers = ReportSamples.Full().Managers;

        // When
        var chart = SpanCodingChart.Build(managers, Default);

        // Then
        var texts = SvgText.Texts(chart.Svg!);
        texts.ShouldContain("small ≤ 5");
        texts.ShouldContain("mid 6–10");
        texts.ShouldContain("large ≥ 11");
        texts.ShouldContain("30% coding limit");
        texts.ShouldContain("30%");
        foreach (var role in new[] { "manager", "hybrid", "coding-manager", "ic" })
        {
            texts.ShouldContain(role);
        }

        texts.ShouldContain("Chen Wu");
        texts.ShouldContain(ReportSamples.EscapedName);
        chart.Caption.ShouldContain("1 manager(s) without a coding share are not shown.");
    }

    [Fact]
    public void The_cap_line_and_the_tier_bands_are_where_the_policy_in_force_puts_them()
    {
        // Given a policy with a 40% coding cap and tiers of at most 4 and 8 reports
        var policy = PolicyReport.Of(PolicySettings.Default with
        {
            CodingCapMaxShare = 0.4,
            Definitions = MetricSettings.Default with { SmallSpanMax = 4, MidSpanMax = 8 },
        });

        // When
        var chart = SpanCodingChart.Build(ReportSamples.Full().Managers, policy);

        // Then the line sits at the 40% tick, and every label says so
        var svg = chart.Svg!;
        SvgText.HorizontalLine(svg, "#D1495B").ShouldBe(SvgText.Top(svg, "40%"), 0.01);
        var texts = SvgText.Texts(svg);
        texts.ShouldContain("40% coding limit");
        texts.ShouldNotContain("30% coding limit");
        texts.ShouldContain("small ≤ 4");
        texts.ShouldContain("mid 5–8");
        texts.ShouldContain("large ≥ 9");
        chart.Caption.ShouldContain("small (≤ 4 reports), mid (5–8), large (≥ 9)");
        chart.Caption.ShouldContain("more than 40% of the time");
    }

    [Fact]
    public void A_coding_cap_switched_off_draws_no_cap_line()
    {
        var policy = PolicyReport.Of(PolicySettings.Default with { CodingCapSeverity = Severity.Off });

        var chart = SpanCodingChart.Build(ReportSamples.Full().Managers, policy);

        SvgText.Texts(chart.Svg!).ShouldNotContain(t => t.EndsWith("coding limit", StringComparison.Ordinal));
        chart.Caption.ShouldNotContain("red line");
    }

    [Fact]
    public void Without_git_it_is_one_line_naming_it()
    {
        var chart = SpanCodingChart.Build(ReportSamples.PeopleOnly().Managers, Default);

        chart.Svg.ShouldBeNull();
        chart.Missing.ShouldBe("Span of control against coding share: give --git to see it.");
    }

    [Fact]
    public void Clip_paths_are_named_after_the_chart_so_two_charts_never_share_an_id()
    {
        var managers = ReportSamples.Full().Managers;

        var span = SvgText.Parse(SpanCodingChart.Build(managers, Default).Svg!);
        var coverage = SvgText.Parse(CoverageChart.Build(managers, Default).Svg!);

        var ids = span.Descendants().Concat(coverage.Descendants()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        ids.ShouldNotBeEmpty();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => id.StartsWith("span-coding-", StringComparison.Ordinal) || id.StartsWith("coverage-", StringComparison.Ordinal));
    }
}
