using ManagerFocus.Reporting;
using ScottPlot;

namespace ManagerFocus.Rendering.Charts;

/// <summary>One-on-one coverage per manager against the 80% target.</summary>
internal static class CoverageChart
{
    public const string Id = "coverage";
    public const string Title = "One-on-one coverage in the last 28 days";

    public static Chart Build(IReadOnlyList<ManagerReport> managers)
    {
        var measured = managers.Where(m => m.OneOnOneCoverage is not null).ToList();
        if (measured.Count == 0)
        {
            return Chart.NotGiven(Id, Title, "One-on-one coverage per manager: give --calendar to see it.");
        }

        // Lowest coverage on top: those reports are waiting longest.
        var shown = measured
            .OrderBy(m => m.OneOnOneCoverage)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(ChartStyle.MaxManagers)
            .ToList();
        using var plot = ChartStyle.NewPlot();
        plot.Add.Bars(Bars(shown));
        var target = plot.Add.VerticalLine(ChartStyle.CoverageTarget, 2, ChartStyle.Ink, LinePattern.Solid);
        target.LegendText = "80% target";
        AddLegend(plot, shown);
        plot.ShowLegend(Edge.Top);
        ChartStyle.NameTicks(plot.Axes.Left, shown.Select(m => m.Name).ToList());
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "direct reports with a one-on-one";
        plot.Axes.SetLimits(0, 1.12, -0.6, shown.Count - 0.4);
        var caption = shown.Count < measured.Count ? $"The {shown.Count} managers with the lowest coverage of {measured.Count}." : "";
        return Chart.Drawn(Id, Title, ChartSvg.Render(plot, Id, Title, ChartStyle.Width, ChartStyle.BarChartHeight(shown.Count) + 30), caption);
    }

    private static List<Bar> Bars(List<ManagerReport> shown) =>
        shown.Select((m, i) => new Bar
        {
            Position = shown.Count - 1 - i,
            Value = m.OneOnOneCoverage!.Value,
            FillColor = m.OneOnOneCoverage < ChartStyle.CoverageTarget ? ChartStyle.Coding : ChartStyle.Good,
            LineWidth = 0,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
            Label = ChartStyle.Percent(m.OneOnOneCoverage.Value),
        }).ToList();

    private static void AddLegend(Plot plot, List<ManagerReport> shown)
    {
        if (shown.Any(m => m.OneOnOneCoverage < ChartStyle.CoverageTarget))
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("below 80%", ChartStyle.Coding));
        }

        if (shown.Any(m => m.OneOnOneCoverage >= ChartStyle.CoverageTarget))
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("at or above 80%", ChartStyle.Good));
        }
    }
}
