using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>The three charts, each drawn by ScottPlot as inline SVG, or one line naming the input that would show it.</summary>
internal static class HtmlChartsSection
{
    public static IReadOnlyList<Chart> Charts(Report report) =>
    [
        TimeSplitChart.Build(report.Managers),
        SpanCodingChart.Build(report.Managers, report.Policy),
        CoverageChart.Build(report.Managers, report.Policy),
    ];

    public static void Write(Report report, TextWriter writer)
    {
        writer.Write("<h2>At a glance</h2>\n");
        if (report.Managers.Count == 0)
        {
            writer.Write("<p class=\"missing\">No managers: nobody in the people file has a report in the period.</p>\n");
            return;
        }

        foreach (var chart in Charts(report))
        {
            if (chart.Svg is null)
            {
                writer.Write($"<p class=\"missing\" id=\"chart-{E(chart.Id)}\">{E(chart.Missing)}</p>\n");
                continue;
            }

            writer.Write($"<figure id=\"chart-{E(chart.Id)}\">\n<h3>{E(chart.Title)}</h3>\n{chart.Svg}\n");
            writer.Write(chart.Caption.Length > 0 ? $"<figcaption>{E(chart.Caption)}</figcaption>\n</figure>\n" : "</figure>\n");
        }
    }
}
