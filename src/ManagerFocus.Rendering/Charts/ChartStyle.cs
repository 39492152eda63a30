using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ManagerFocus.Rendering.Charts;

/// <summary>The look shared by every chart: one font, one palette, percent axes.</summary>
internal static class ChartStyle
{
    public const int Width = 1000;

    // Charts list at most this many managers so a large organization still gets a readable page.
    public const int MaxManagers = 40;

    public static readonly Color Coding = Color.FromHex("#d1495b");
    public static readonly Color Review = Color.FromHex("#edae49");
    public static readonly Color Meetings = Color.FromHex("#8d99ae");
    public static readonly Color OneOnOnes = Color.FromHex("#00798c");
    public static readonly Color Good = Color.FromHex("#2a9d8f");
    public static readonly Color Ink = Color.FromHex("#1d2330");

    public static Plot NewPlot()
    {
        var plot = new Plot();
        // DejaVu Sans ships with Debian and chromium; the SVG names it so the browser draws the same glyphs.
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Color(Ink);
        plot.Grid.MajorLineColor = Ink.WithAlpha(0.08);
        plot.Legend.FontSize = 13;
        return plot;
    }

    public static void PercentTicks(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = value => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
        };

    public static void NameTicks(IAxis axis, IReadOnlyList<string> namesTopDown)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < namesTopDown.Count; i++)
        {
            ticks.AddMajor(namesTopDown.Count - 1 - i, namesTopDown[i]);
        }

        axis.TickGenerator = ticks;
        axis.MajorTickStyle.Length = 0;
    }

    public static LegendItem Swatch(string label, Color color) => new() { LabelText = label, FillColor = color };

    public static int BarChartHeight(int rows) => Math.Max(240, 110 + (26 * rows));

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
