using ManagerFocus.Policy;
using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests.Charts;

public sealed class CoverageChartTests
{
    private static readonly PolicyReport Default = PolicyReport.Of(PolicySettings.Default);

    [Fact]
    public void Draws_a_bar_per_manager_with_coverage_and_the_80_percent_line()
    {
        // Given
        var managers = ReportSamples.Full().Managers;

        // When
        var chart = CoverageChart.Build(managers, Default);

        // Then
        var texts = SvgText.Texts(chart.Svg!);
        texts.ShouldContain("80% target");
        texts.ShouldContain("below 80%");
        texts.ShouldContain("50%");
        texts.ShouldContain(ReportSamples.EscapedName);
        // Gus Novak has no direct reports, so no coverage; Ivan Petrov has no calendar figures.
        texts.ShouldNotContain("Gus Novak");
        texts.ShouldNotContain("Ivan Petrov");
    }

    [Fact]
    public void The_target_line_and_the_title_follow_the_policy_in_force()
    {
        // Given a policy asking for 60% coverage over 14 days
        var policy = PolicyReport.Of(PolicySettings.Default with
        {
            OneOnOnesMinCoverage = 0.6,
            Definitions = MetricSettings.Default with { CoverageDays = 14 },
        });

        // When
        var chart = CoverageChart.Build(ReportSamples.Full().Managers, policy);

        // Then
        chart.Title.ShouldBe("One-on-one coverage in the last 14 days");
        var texts = SvgText.Texts(chart.Svg!);
        texts.ShouldContain("60% target");
        texts.ShouldContain("below 60%");
        texts.ShouldNotContain("80% target");
    }

    [Fact]
    public void Without_calendars_it_is_one_line_naming_them()
    {
        var chart = CoverageChart.Build(ReportSamples.PeopleOnly().Managers, Default);

        chart.Svg.ShouldBeNull();
        chart.Missing.ShouldBe("One-on-one coverage per manager: give --calendar to see it.");
    }

    [Fact]
    public void A_large_organization_shows_the_lowest_coverage_first_and_says_how_many_are_left_out()
    {
        var template = ReportSamples.Full().Managers[0];
        var managers = Enumerable.Range(0, 100)
            .Select(i => template with { Id = $"m{i:D3}", Name = $"Manager {i:D3}", OneOnOneCoverage = i / 100.0 })
            .ToList();

        var chart = CoverageChart.Build(managers, Default);

        var texts = SvgText.Texts(chart.Svg!);
        texts.ShouldContain("Manager 000");
        texts.ShouldContain("Manager 039");
        texts.ShouldNotContain("Manager 040");
        chart.Caption.ShouldBe("The 40 managers with the lowest coverage of 100.");
    }
}
