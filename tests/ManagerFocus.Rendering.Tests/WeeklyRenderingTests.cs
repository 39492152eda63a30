using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

/// <summary>The weekly series in CSV (long format), the terminal trend and the HTML trend chart.</summary>
public sealed class WeeklyRenderingTests
{
    private static WeekReport Week(int day, double? coding, int reports = 2) =>
        new(new DateOnly(2026, 3, day), 7, 40, coding is { } c ? c * 40 : null, null, 8, 1, reports) { CodingShare = coding, MeetingShare = 0.2 };

    [Fact]
    public void Weekly_csv_matches_the_golden_file()
    {
        GoldenFile.Verify("report-weekly.csv", Rendered.With(new CsvWeeklyRenderer(), ReportSamples.Full()));
    }

    [Fact]
    public void Weekly_csv_has_one_row_per_manager_and_week_with_empty_cells_where_not_given()
    {
        var report = ReportSamples.Full() with
        {
            Managers = [ReportSamples.Full().Managers[0] with { Id = "m", Name = "Maria", Weeks = [Week(2, 0.1), Week(9, null, 3)] }],
        };

        var lines = Rendered.With(new CsvWeeklyRenderer(), report).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r'));

        lines.ShouldBe([
            "id,name,week,days,workingHours,codingHours,reviewHours,meetingHours,oneOnOneHours,directReports,codingShare,reviewShare,meetingShare,oneOnOneShare",
            "m,Maria,2026-03-02,7,40,4,,8,1,2,0.1,,0.2,",
            "m,Maria,2026-03-09,7,40,,,8,1,3,,,0.2,",
        ]);
    }

    [Theory]
    [InlineData(0.0, '▁')]
    [InlineData(0.3, '▅')]
    [InlineData(0.59, '█')]
    [InlineData(2.0, '█')]
    public void The_terminal_trend_puts_the_coding_cap_at_mid_height(double share, char block)
    {
        Trend.Coding([Week(2, share)], 0.30).ShouldBe(block.ToString());
    }

    [Fact]
    public void The_terminal_trend_leaves_a_week_without_a_share_blank()
    {
        Trend.Coding([Week(2, 0.0), Week(9, null), Week(16, 0.15)], 0.30).ShouldBe("▁ ▃");
    }

    [Fact]
    public void The_trend_chart_draws_the_cap_of_the_policy_in_force_and_each_reporting_line_change()
    {
        var period = new ReportPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 23));
        var manager = ReportSamples.Full().Managers[0] with { Weeks = [Week(2, 0.1), Week(9, 0.5), Week(16, 0.2)], LineChanges = [new DateOnly(2026, 3, 9)] };
        var policy = ReportSamples.Full().Policy with { CodingCap = ReportSamples.Full().Policy.CodingCap with { MaxCodingShare = 0.25 } };

        var svg = WeeklyTrendChart.Svg(manager, period, policy);

        // The chart's top is the larger of twice the cap and the highest share (0.5): the cap sits at half height.
        svg.ShouldContain("<line class=\"cap\" x1=\"4\" x2=\"236\" y1=\"32\" y2=\"32\"");
        svg.ShouldContain("<title>coding cap 25%</title>");
        svg.ShouldContain("<line class=\"line-change\" x1=\"81.3\" x2=\"81.3\"");
        svg.ShouldContain("<polyline class=\"coding\" points=\"42.7,48.8 120,4 197.3,37.6\"");
        WeeklyTrendChart.Svg(manager, period, policy).ShouldBe(svg);
    }

    [Fact]
    public void With_the_coding_cap_off_no_cap_is_drawn()
    {
        var period = new ReportPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9));
        var policy = ReportSamples.Full().Policy with { CodingCap = ReportSamples.Full().Policy.CodingCap with { Severity = ManagerFocus.Policy.Severity.Off } };

        WeeklyTrendChart.Svg(ReportSamples.Full().Managers[0] with { Weeks = [Week(2, 0.1)] }, period, policy).ShouldNotContain("class=\"cap\"");
    }
}
