using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>
/// Every input warning, grouped per file in collapsed blocks, and the notices apart (docs/definitions.md, "Warnings and
/// notices"): a warning is something given that could not be used, a notice is expected and informative.
/// </summary>
internal static class HtmlWarningsSection
{
    public static void Write(Report report, TextWriter writer)
    {
        writer.Write("<h2>Input warnings</h2>\n");
        if (report.WarningCount == 0 && report.Warnings.Count == 0)
        {
            writer.Write("<p class=\"muted\">No input warnings: every row, event and file given was used.</p>\n");
        }
        else
        {
            var count = Math.Max(report.WarningCount, report.Warnings.Sum(w => w.Count));
            var files = report.Warnings.GroupBy(w => (w.Source, Location: WarningLog.FileOf(w.Location))).ToList();
            writer.Write($"<p>{N(count)} input warning(s) in {N(files.Count)} file(s) or input(s): something given could not be used; "
                + "the rest was kept. Open a file to see them.</p>\n");
            foreach (var file in files)
            {
                var total = file.Sum(w => w.Count);
                writer.Write($"<details class=\"warnings\"><summary>{E(file.Key.Location)} <span class=\"id\">{E(file.Key.Source)}</span> · {N(total)} warning(s)</summary>\n");
                Table(writer, file, "Problem");
                writer.Write("</details>\n");
            }

            var listed = report.Warnings.Sum(w => w.Count);
            if (listed < count)
            {
                writer.Write($"<p class=\"muted\">{N(count - listed)} more warning(s) are counted but not listed: past the cap on files and "
                    + "reasons kept per source, or withheld.</p>\n");
            }
        }

        writer.Write("<h2>Notices</h2>\n");
        if (report.Notices.Count == 0)
        {
            writer.Write("<p class=\"muted\">No notices.</p>\n");
            return;
        }

        writer.Write($"<details class=\"notices\"><summary>{N(report.Notices.Count)} notice(s): expected and informative, such as bots skipped; they never fail --strict</summary>\n");
        Table(writer, report.Notices, "Notice");
        writer.Write("</details>\n");
    }

    private static void Table(TextWriter writer, IEnumerable<Warning> warnings, string what)
    {
        writer.Write($"<div class=\"scroll\"><table>\n<thead><tr><th>Times</th><th>Where</th><th>{what}</th></tr></thead>\n<tbody>\n");
        foreach (var w in warnings)
        {
            var where = w.Count > 1 ? WarningText.Where(w) : w.Location;
            writer.Write($"<tr><td class=\"num\">{N(w.Count)}</td><td>{E(where)}</td><td>{E(w.Message)}</td></tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
    }
}
