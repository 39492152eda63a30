using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>The HTML report's charts as standalone SVG for the web dashboard; null where the chart's input was not given.</summary>
public static class DashboardCharts
{
    /// <summary>Stacked time split of the given managers (the report's rows, already scoped by the caller).</summary>
    public static string? TimeSplit(IReadOnlyList<ManagerReport> managers) => TimeSplitChart.Build(managers).Svg;

    /// <summary>Span of control against coding share, with the policy's lines.</summary>
    public static string? SpanCoding(IReadOnlyList<ManagerReport> managers, PolicyReport policy) => SpanCodingChart.Build(managers, policy).Svg;

    /// <summary>One manager's time split as one stacked bar; cheap enough for every request.</summary>
    public static string? ManagerSplit(ManagerReport manager) => ManagerSplitBar.Build(manager);

    /// <summary>One manager's weekly coding and meeting shares (the report's weekly series), with the coding cap in force.</summary>
    public static string? Weekly(ManagerReport manager, ReportPeriod period, PolicyReport policy) =>
        manager.Weeks.Count == 0 ? null : WeeklyTrendChart.Svg(manager, period, policy);

    /// <summary>One-on-one coverage per manager against the policy's minimum.</summary>
    public static string? Coverage(IReadOnlyList<ManagerReport> managers, PolicyReport policy) => CoverageChart.Build(managers, policy).Svg;
}
