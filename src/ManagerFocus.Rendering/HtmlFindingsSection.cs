using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>The broken rules, errors first, and the advice, most urgent first.</summary>
internal static class HtmlFindingsSection
{
    public static void Write(Report report, TextWriter writer)
    {
        var violations = report.Managers
            .SelectMany(m => m.Violations.Select(v => (Manager: m, Violation: v)))
            .OrderBy(x => x.Violation.Severity == Severity.Error ? 0 : 1)
            .ToList();
        writer.Write("<h2>Broken rules</h2>\n");
        if (violations.Count == 0)
        {
            writer.Write("<p class=\"muted\">No manager breaks a rule of the policy.</p>\n");
        }
        else
        {
            writer.Write("<div class=\"scroll\"><table>\n<thead><tr><th>Severity</th><th>Manager</th><th>Rule</th><th>What is wrong</th></tr></thead>\n<tbody>\n");
            foreach (var (m, v) in violations)
            {
                writer.Write($"<tr><td>{Pill(Names.Of(v.Severity), Names.Of(v.Severity))}</td><td class=\"who\">{E(m.Name)}</td><td>{E(v.Rule)}</td><td>{E(v.Message)}</td></tr>\n");
            }

            writer.Write("</tbody>\n</table></div>\n");
        }

        var advice = report.Managers
            .SelectMany(m => m.Recommendations.Select(r => (Manager: m, Advice: r)))
            .OrderBy(x => x.Advice.Priority)
            .ToList();
        writer.Write("<h2>What to change</h2>\n");
        if (advice.Count == 0)
        {
            writer.Write("<p class=\"muted\">Nothing to change.</p>\n");
            return;
        }

        writer.Write("<div class=\"scroll\"><table>\n<thead><tr><th>Priority</th><th>Manager</th><th>Advice</th></tr></thead>\n<tbody>\n");
        foreach (var (m, r) in advice)
        {
            writer.Write($"<tr><td>{Pill(N(r.Priority), $"p{N(r.Priority)}")}</td><td class=\"who\">{E(m.Name)}</td>"
                + $"<td>{E(r.Message)} <span class=\"id\">{E(Names.Of(r.Kind))}</span></td></tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
    }
}
