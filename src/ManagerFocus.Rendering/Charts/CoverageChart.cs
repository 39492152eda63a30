using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using ScottPlot;

namespace ManagerFocus.Rendering.Charts;

/// <summary>One-on-one coverage per manager against the minimum coverage of the policy in force.</summary>
internal static class CoverageChart
{
    public const string Id = "coverage";

    public static Chart Build(IReadOnlyList<ManagerReport> managers, PolicyReport policy)
    {
        var title = $"One-on-one coverage in the last {policy.OneOnOnes.CoverageDays} days";
        var measured = managers.Where(m => m.OneOnOneCoverage is not null).ToList();
        if (measured.Count == 0)
        {
            return Chart.NotGiven(Id, title, "One-on-one coverage per manager: give --calendar to see it.");
        }

        // Lowest coverage on top: those reports are waiting longest.
        var shown = measured
            .OrderBy(m => m.OneOnOneCoverage)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(ChartStyle.MaxManagers)
            .ToList();
        using var plot = ChartStyle.NewPlot();
        var target = policy.OneOnOnes.Severity == Severity.Off ? (double?)null : policy.OneOnOnes.MinCoverage;
        plot.Add.Bars(Bars(shown, target));
        if (target is { } minimum)
        {
            var line = plot.Add.VerticalLine(minimum, 2, ChartStyle.Ink, LinePattern.Solid);
            line.LegendText = $"{Format.Threshold(minimum)} target";
            AddLegend(plot, shown, minimum);
        }

        plot.ShowLegend(Edge.Top);
        ChartStyle.NameTicks(plot.Axes.Left, shown.Select(m => m.Name).ToList());
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "direct reports with a one-on-one";
        plot.Axes.SetLimits(0, 1.12, -0.6, shown.Count - 0.4);
        var caption = shown.Count < measured.Count ? $"The {shown.Count} managers with the lowest coverage of {measured.Count}." : "";
        return Chart.Drawn(Id, title, ChartSvg.Render(plot, Id, title, ChartStyle.Width, ChartStyle.BarChartHeight(shown.Count) + 30), caption);
    }

    // Without a target every bar is drawn as meeting it: no rule says otherwise.
    private static List<Bar> Bars(List<ManagerReport> shown, double? target) =>
        shown.Select((m, i) => new Bar
        {
            Position = shown.Count - 1 - i,
            Value = m.OneOnOneCoverage!.Value,
            FillColor = m.OneOnOneCoverage < target ? ChartStyle.Coding : ChartStyle.Good,
            LineWidth = 0,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
            Label = ChartStyle.Percent(m.OneOnOneCoverage.Value),
        }).ToList();

    private static void AddLegend(Plot plot, List<ManagerReport> shown, double target)
    {
        if (shown.Any(m => m.OneOnOneCoverage < target))
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch($"below {Format.Threshold(target)}", ChartStyle.Coding));
        }

        if (shown.Any(m => m.OneOnOneCoverage >= target))
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch($"at or above {Format.Threshold(target)}", ChartStyle.Good));
        }
    }
}
