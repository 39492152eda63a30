using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using ScottPlot;

namespace ManagerFocus.Rendering.Charts;

/// <summary>Span of control against coding share, over the span tiers, with the coding-cap line of the policy in force.</summary>
internal static class SpanCodingChart
{
    public const string Id = "span-coding";
    public const string Title = "Span of control against coding share";

    // Points are labelled with names only while labels stay readable.
    private const int MaxLabelled = 30;

    private static readonly (ObservedRole Role, Color Color)[] Roles =
    [
        (ObservedRole.Manager, Color.FromHex("#2a9d8f")),
        (ObservedRole.Hybrid, Color.FromHex("#edae49")),
        (ObservedRole.CodingManager, Color.FromHex("#d1495b")),
        (ObservedRole.Ic, Color.FromHex("#8d99ae")),
    ];

    public static Chart Build(IReadOnlyList<ManagerReport> managers, PolicyReport policy)
    {
        var plotted = managers.Where(m => m.CodingShare is not null).ToList();
        if (plotted.Count == 0)
        {
            return Chart.NotGiven(Id, Title, "Span of control against coding share: give --git to see it.");
        }

        using var plot = ChartStyle.NewPlot();
        var right = Math.Max(13, plotted.Max(m => m.DirectReports) + 1.5);
        var cap = policy.CodingCap.Severity == Severity.Off ? (double?)null : policy.CodingCap.MaxCodingShare;
        var top = Math.Max(Math.Max(0.6, (cap ?? 0) + 0.1), plotted.Max(m => m.CodingShare!.Value) + 0.1);
        var tiers = policy.SpanTiers;
        AddTierBands(plot, tiers, right, top);
        if (cap is { } share)
        {
            var line = plot.Add.HorizontalLine(share, 2, ChartStyle.Coding, LinePattern.Solid);
            line.LegendText = $"{Format.Threshold(share)} coding limit";
        }

        AddPoints(plot, plotted);
        if (plotted.Count <= MaxLabelled)
        {
            AddNames(plot, plotted, right);
        }

        ChartStyle.PercentTicks(plot.Axes.Left);
        plot.Axes.Left.Label.Text = "coding share of working hours";
        plot.Axes.Bottom.Label.Text = "direct reports";
        plot.Axes.SetLimits(-0.5, right, 0, top);
        plot.ShowLegend(Edge.Right);
        var caption = $"Shaded bands are the span tiers: small (≤ {tiers.SmallMax} reports), mid ({tiers.SmallMax + 1}–{tiers.MidMax}), large (≥ {tiers.MidMax + 1}).";
        if (cap is { } limit)
        {
            caption += $" Above the red line a manager codes more than {Format.Threshold(limit)} of the time.";
        }

        if (plotted.Count < managers.Count)
        {
            caption += $" {managers.Count - plotted.Count} manager(s) without a coding share are not shown.";
        }

        return Chart.Drawn(Id, Title, ChartSvg.Render(plot, Id, Title, ChartStyle.Width, 560), caption);
    }

    private static void AddPoints(Plot plot, List<ManagerReport> plotted)
    {
        foreach (var (role, color) in Roles)
        {
            AddGroup(plot, plotted.Where(m => m.ObservedRole == role).ToList(), Names.Of(role), color);
        }

        AddGroup(plot, plotted.Where(m => m.ObservedRole is null).ToList(), "unknown", ChartStyle.Ink);
    }

    private static void AddGroup(Plot plot, List<ManagerReport> group, string legend, Color color)
    {
        if (group.Count > 0)
        {
            var points = plot.Add.ScatterPoints(
                group.Select(m => (double)m.DirectReports).ToArray(), group.Select(m => m.CodingShare!.Value).ToArray(), color);
            points.MarkerSize = 11;
            points.LegendText = legend;
        }
    }

    private static void AddNames(Plot plot, List<ManagerReport> plotted, double right)
    {
        foreach (var m in plotted)
        {
            var label = plot.Add.Text(m.Name, m.DirectReports, m.CodingShare!.Value);
            label.LabelFontSize = 11;
            label.LabelFontColor = ChartStyle.Ink;
            // Names of points on the right half go to their left, so they stay inside the plot.
            var onRight = m.DirectReports > right * 0.6;
            label.OffsetX = onRight ? -8 : 8;
            label.LabelAlignment = onRight ? Alignment.MiddleRight : Alignment.MiddleLeft;
        }
    }

    private static void AddTierBands(Plot plot, SpanTierBounds tiers, double right, double top)
    {
        var small = tiers.SmallMax + 0.5;
        var mid = tiers.MidMax + 0.5;
        var bands = new[]
        {
            (-0.5, small, $"small ≤ {tiers.SmallMax}", 0.05),
            (small, mid, $"mid {tiers.SmallMax + 1}–{tiers.MidMax}", 0.10),
            (mid, Math.Max(mid, right), $"large ≥ {tiers.MidMax + 1}", 0.16),
        };
        foreach (var (from, to, name, alpha) in bands)
        {
            var band = plot.Add.HorizontalSpan(from, to, ChartStyle.Ink.WithAlpha(alpha));
            band.LineWidth = 0;
            var label = plot.Add.Text(name, (from + to) / 2, top);
            label.LabelFontSize = 12;
            label.LabelFontColor = ChartStyle.Ink.WithAlpha(0.7);
            label.LabelAlignment = Alignment.UpperCenter;
            label.OffsetY = 4;
        }
    }
}
