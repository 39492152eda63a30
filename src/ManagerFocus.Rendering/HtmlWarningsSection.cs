using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>How many input warnings there were, and the first ones.</summary>
internal static class HtmlWarningsSection
{
    private const int Shown = 10;

    public static void Write(Report report, TextWriter writer)
    {
        writer.Write("<h2>Input warnings</h2>\n");
        if (report.WarningCount == 0 && report.Warnings.Count == 0)
        {
            writer.Write("<p class=\"muted\">No input warnings: every row, event and file was used.</p>\n");
            return;
        }

        var count = Math.Max(report.WarningCount, report.Warnings.Count);
        var first = report.Warnings.Take(Shown).ToList();
        writer.Write($"<p>{N(count)} input warning(s); the affected rows were skipped and the rest kept. "
            + $"{(first.Count < count ? $"The first {N(first.Count)}:" : "")}</p>\n");
        writer.Write("<div class=\"scroll\"><table>\n<thead><tr><th>Source</th><th>Where</th><th>Problem</th></tr></thead>\n<tbody>\n");
        foreach (var w in first)
        {
            writer.Write($"<tr><td>{E(w.Source)}</td><td>{E(w.Location)}</td><td>{E(w.Message)}</td></tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
    }
}
