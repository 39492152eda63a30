using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>Satisfaction and turnover of coding-manager teams against the rest, beside the essay's figures.</summary>
internal static class HtmlEvidenceSection
{
    public static void Write(Report report, TextWriter writer)
    {
        writer.Write("<h2>Evidence from this organization</h2>\n");
        writer.Write($"<p class=\"muted\">Teams whose manager codes more than {E(Format.Threshold(report.Policy.ObservedRoles.CodingManagerShare))} of the time, against the other teams. "
            + "The essay claims 25% lower satisfaction and 20% higher turnover.</p>\n<div class=\"evidence\">\n");
        var evidence = report.Evidence;
        Satisfaction(writer, evidence?.Satisfaction);
        Turnover(writer, evidence?.Turnover);
        writer.Write("</div>\n");
    }

    private static void Satisfaction(TextWriter writer, SatisfactionEvidence? s)
    {
        writer.Write("<section class=\"card\"><h3>Satisfaction</h3>\n");
        if (s is null)
        {
            writer.Write("<p class=\"missing\">Give --survey (and --git) to compare satisfaction.</p></section>\n");
            return;
        }

        Versus(writer, s.Withheld, SignedPercent(s.RelativeDifference), "change in mean satisfaction", SignedPercent(s.Essay), Interval(s.Interval, SignedPercent));
        writer.Write("<table><thead><tr><th>Group</th><th class=\"num\">Teams</th><th class=\"num\">Members answering</th><th class=\"num\">Mean score</th></tr></thead><tbody>\n");
        foreach (var (label, g) in new[] { ("coding manager", s.CodingManagerTeams), ("other", s.OtherTeams) })
        {
            writer.Write($"<tr><td>{E(label)}</td><td class=\"num\">{N(g.Teams)}</td><td class=\"num\">{N(g.Members)}</td>"
                + $"<td class=\"num\">{E(Format.Number(g.Mean))}</td></tr>\n");
        }

        writer.Write("</tbody></table></section>\n");
    }

    private static void Turnover(TextWriter writer, TurnoverEvidence? t)
    {
        writer.Write("<section class=\"card\"><h3>Voluntary turnover</h3>\n");
        if (t is null)
        {
            writer.Write("<p class=\"missing\">Give --exits (and --git) to compare turnover.</p></section>\n");
            return;
        }

        // A ratio reads as the essay's claim when shown as a change: 1.20 is +20%.
        Versus(writer, t.Withheld, Ratio(t.Ratio), "change in exits per member-year", Ratio(t.Essay), Interval(t.Interval, Ratio));
        writer.Write("<table><thead><tr><th>Group</th><th class=\"num\">Teams</th><th class=\"num\">Members</th><th class=\"num\">Member-years</th>"
            + "<th class=\"num\">Exits</th><th class=\"num\">Rate</th></tr></thead><tbody>\n");
        foreach (var (label, g) in new[] { ("coding manager", t.CodingManagerTeams), ("other", t.OtherTeams) })
        {
            writer.Write($"<tr><td>{E(label)}</td><td class=\"num\">{N(g.Teams)}</td><td class=\"num\">{N(g.Members)}</td>"
                + $"<td class=\"num\">{E(Format.Number(g.MemberYears))}</td><td class=\"num\">{E(g.Exits is { } e ? N(e) : Format.Missing)}</td>"
                + $"<td class=\"num\">{E(Format.Number(g.Rate))}</td></tr>\n");
        }

        writer.Write("</tbody></table></section>\n");
    }

    private static void Versus(TextWriter writer, string? withheld, string observed, string what, string essay, string interval)
    {
        if (withheld is not null)
        {
            writer.Write($"<p class=\"missing\">Withheld: {E(withheld)}.</p>\n");
            return;
        }

        writer.Write($"<div class=\"versus\"><div><div class=\"big\">{E(observed)}</div><div class=\"muted\">{E(what)} here, {E(interval)}</div></div>"
            + $"<div class=\"essay\"><div class=\"big\">{E(essay)}</div><div>the essay</div></div></div>\n");
    }

    private static string Ratio(double? ratio) => ratio is { } r ? $"{SignedPercent(r - 1)} (×{Format.Number(r)})" : Format.Missing;
}
