using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>One table row per manager with the figures of the contract.</summary>
internal static class HtmlManagersSection
{
    public static void Write(Report report, TextWriter writer)
    {
        writer.Write("<h2>Managers</h2>\n");
        if (report.Managers.Count == 0)
        {
            writer.Write("<p class=\"muted\">No managers in the period.</p>\n");
            return;
        }

        writer.Write("<div class=\"scroll\"><table>\n<thead><tr><th>Manager</th><th class=\"num\">Reports</th><th>Tier</th><th>Observed role<br>declared track</th>"
            + "<th class=\"num\">Coding</th><th class=\"num\">Review</th><th class=\"num\">Meetings</th><th class=\"num\">1:1</th>"
            + "<th class=\"num\">1:1 coverage</th><th class=\"num\">Review wait, h<br>manager / others</th><th class=\"rules\">Rules broken</th></tr></thead>\n<tbody>\n");
        foreach (var m in report.Managers)
        {
            var errors = m.Violations.Any(v => v.Severity == Severity.Error);
            writer.Write(errors ? "<tr class=\"breaks-error\">" : "<tr>");
            writer.Write($"<td class=\"who\">{E(m.Name)}{(m.SharesExceedWhole ? " *" : "")}<br><span class=\"id\">{E(m.Id)}</span></td><td class=\"num\">{N(m.DirectReports)}</td>"
                + $"<td>{E(Names.Of(m.SpanTier))}</td><td>{(Format.Name(m.ObservedRole) is { } role ? Pill(role, role) : Format.Missing)}<br><span class=\"id\">{E(Format.Name(m.DeclaredTrack))}</span></td>"
                + $"<td class=\"num\">{Format.Percent(m.CodingShare)}</td><td class=\"num\">{Format.Percent(m.ReviewShare)}</td>"
                + $"<td class=\"num\">{Format.Percent(m.MeetingShare)}</td><td class=\"num\">{Format.Percent(m.OneOnOneShare)}</td>"
                + $"<td class=\"num\">{Format.Percent(m.OneOnOneCoverage)}</td><td class=\"num\">{Wait(m.ReviewBottleneck)}</td>"
                + $"<td>{Rules(m.Violations)}</td></tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
        // Each share is hours over working hours (docs/definitions.md, "Shares"), so they need not add up to 100%.
        writer.Write("<p class=\"muted\" id=\"shares-note\">Coding, review and meeting shares are each hours over working hours; coding sessions "
            + "can overlap meetings and reviews, so a manager's shares can add up to more than 100%"
            + (report.Managers.Any(m => m.SharesExceedWhole) ? " (marked *)." : ".") + "</p>\n");
    }

    private static string Wait(ReviewBottleneckReport? b) =>
        b is null ? Format.Missing : $"{E(Format.Number(b.ManagerMedianHours))} / {E(Format.Number(b.OthersMedianHours))}<br><span class=\"id\">{N(b.PullRequests)} PRs</span>";

    private static string Rules(IReadOnlyList<ViolationReport> violations) =>
        violations.Count == 0 ? "<span class=\"muted\">none</span>" : string.Concat(violations.Select(v => Pill(v.Rule, Names.Of(v.Severity))));
}
