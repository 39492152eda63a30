using ManagerFocus.Rendering.Charts;

namespace ManagerFocus.Rendering.Tests.Charts;

public sealed class SpanCodingChartTests
{
    [Fact]
    public void Draws_the_tiers_the_30_percent_line_and_a_point_per_role()
    {
        // Given
        var managers = ReportSamples.Full().Managers;

        // When
        var chart = SpanCodingChart.Build(managers);

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
    public void Without_git_it_is_one_line_naming_it()
    {
        var chart = SpanCodingChart.Build(ReportSamples.PeopleOnly().Managers);

        chart.Svg.ShouldBeNull();
        chart.Missing.ShouldBe("Span of control against coding share: give --git to see it.");
    }

    [Fact]
    public void Clip_paths_are_named_after_the_chart_so_two_charts_never_share_an_id()
    {
        var managers = ReportSamples.Full().Managers;

        var span = SvgText.Parse(SpanCodingChart.Build(managers).Svg!);
        var coverage = SvgText.Parse(CoverageChart.Build(managers).Svg!);

        var ids = span.Descendants().Concat(coverage.Descendants()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        ids.ShouldNotBeEmpty();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => id.StartsWith("span-coding-", StringComparison.Ordinal) || id.StartsWith("coverage-", StringComparison.Ordinal));
    }
}
