using ManagerFocus.Rendering.Charts;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>Each manager's weekly trend (docs/definitions.md, "Weekly series"), and the change against a compared period.</summary>
internal static class HtmlTrendsSection
{
    public static void Write(Report report, TextWriter writer)
    {
        if (report.Managers.Count == 0)
        {
            return;
        }

        writer.Write("<h2>Weekly trends</h2>\n");
        var drawn = report.Managers.Where(m => m.Weeks.Any(w => w.CodingShare is not null || w.MeetingShare is not null)).ToList();
        if (drawn.Count == 0)
        {
            writer.Write("<p class=\"missing\" id=\"chart-weekly-trends\">Weekly coding and meeting shares per manager: give --git or --calendar to see them.</p>\n");
            return;
        }

        writer.Write("<p class=\"muted\">Coding share (red) and meeting share (grey) week by week; "
            + "the dashed line is the coding cap, a dark mark a change of the manager's reporting line.</p>\n");
        writer.Write("<div class=\"trends\" style=\"display:flex;flex-wrap:wrap;gap:12px\">\n");
        foreach (var m in drawn)
        {
            var change = m.Change is { } c && report.ComparedTo is { } other
                ? $"<br><span class=\"id\">vs {E($"{other.From:yyyy-MM-dd}..{other.To:yyyy-MM-dd}")}: coding {E(Format.SignedPercent(c.CodingShare))}, "
                  + $"review {E(Format.SignedPercent(c.ReviewShare))}, meetings {E(Format.SignedPercent(c.MeetingShare))}, 1:1 {E(Format.SignedPercent(c.OneOnOneShare))}</span>"
                : "";
            writer.Write($"<figure class=\"trend\" data-manager=\"{E(m.Id)}\" style=\"margin:0\">{WeeklyTrendChart.Svg(m, report.Period, report.Policy)}"
                + $"<figcaption>{E(m.Name)} <span class=\"id\">{E(m.Id)}</span>{change}</figcaption></figure>\n");
        }

        writer.Write("</div>\n");
    }
}
