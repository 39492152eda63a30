using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>The page header: period, inputs and the organization summary as cards.</summary>
internal static class HtmlSummarySection
{
    private const int MaxUnattributed = 8;

    public static void Write(Report report, TextWriter writer)
    {
        var s = report.Summary;
        writer.Write("<header>\n<h1>Are the managers managing or coding?</h1>\n");
        writer.Write($"<p class=\"sub\">{E($"{report.Period.From:yyyy-MM-dd}")} to {E($"{report.Period.To:yyyy-MM-dd}")} (end exclusive) · "
            + $"{N(s.People)} people · {N(s.Managers)} managers · inputs: {E(Inputs(report.Inputs))}</p>\n");
        writer.Write("<div class=\"cards\">\n");
        Card(writer, "Break an error rule",
            $"<div class=\"big{(s.ManagersBreakingErrorRules > 0 ? " bad" : "")}\">{N(s.ManagersBreakingErrorRules)}</div>"
            + $"<p class=\"muted\">of {N(s.Managers)} managers</p>");
        Card(writer, "Managers by observed role", Counts(s.ManagersByRole, "manager", "hybrid", "coding-manager", "ic", "unknown"));
        Card(writer, "Managers by span tier", Counts(s.ManagersBySpanTier, "small", "mid", "large"));
        // With no coding share at all, "no coding managers" would be a claim the data cannot make.
        var codingKnown = report.Managers.Any(m => m.CodingShare is not null);
        Card(writer, "Coding managers by span tier",
            codingKnown ? Counts(s.CodingManagersBySpanTier, "small", "mid", "large") : "<p class=\"muted\">Give --git to see them.</p>");
        Card(writer, "People by declared track", Counts(s.PeopleByDeclaredTrack, "ic", "management", "hybrid", "undeclared") + Tracks(s));
        Card(writer, "People by level", Counts(s.PeopleByLevel));
        Card(writer, "Unattributed identities", Unattributed(s.Unattributed) + Shares(s));
        writer.Write("</div>\n</header>\n");
    }

    private static void Card(TextWriter writer, string title, string body) =>
        writer.Write($"<section class=\"card\"><h3>{E(title)}</h3>{body}</section>\n");

    private static string Tracks(OrganizationSummary s)
    {
        var tracks = s.SeparateTracks ? "Separate IC and management tracks." : "No separate IC and management tracks.";
        var hybrid = s.HybridShareOfManagers is { } share ? $" Hybrid or coding managers: {Format.Percent(share)} of managers." : "";
        return $"<p class=\"muted\">{E(tracks + hybrid)}</p>";
    }

    private static string Unattributed(IReadOnlyList<UnattributedIdentity> identities)
    {
        if (identities.Count == 0)
        {
            return "<p class=\"muted\">Every identity in the inputs matched a person.</p>";
        }

        var rows = identities.Take(MaxUnattributed).Select(u =>
        {
            var also = u.Spellings.Count > 1 ? $" <span class=\"muted\">also {E(string.Join(", ", u.Spellings.Skip(1)))}</span>" : "";
            var hint = u.Suggestion is { } p ? $"<br><span class=\"muted\">did you mean {E(p.Id)} {E(p.Name)}? ({E(p.Reason)})</span>" : "";
            return $"<div><dt>{E(u.Identity)} <span class=\"id\">{E(u.Source)}</span>{also}{hint}</dt><dd>{N(u.Count)}</dd></div>";
        });
        var more = identities.Count > MaxUnattributed ? $"<p class=\"muted\">and {N(identities.Count - MaxUnattributed)} more; add them as aliases in people.csv.</p>" : "";
        return $"<div class=\"big\">{N(identities.Count)}</div><dl class=\"counts\">{string.Concat(rows)}</dl>{more}";
    }

    /// <summary>The share of commits and of reviews no person was found for (docs/definitions.md, "Inputs").</summary>
    private static string Shares(OrganizationSummary s)
    {
        var lines = new[] { ("commits", s.UnattributedCommits), ("reviews", s.UnattributedReviews) }
            .Where(x => x.Item2 is { Total: > 0 })
            .Select(x => $"{N(x.Item2!.Unattributed)} of {N(x.Item2.Total)} {x.Item1} unattributed ({E(Format.Percent(x.Item2.Share))})")
            .ToList();
        return lines.Count == 0 ? "" : $"<p class=\"muted\">{string.Join("; ", lines)}.</p>";
    }

    private static string Inputs(ReportInputs inputs)
    {
        var kinds = new List<string> { "people" };
        void Add(string name, int count)
        {
            if (count > 0)
            {
                kinds.Add(count == 1 ? name : $"{name} ×{count}");
            }
        }

        Add("git", inputs.Git.Count);
        Add("calendar", inputs.Calendar.Count);
        Add("reviews", inputs.Reviews.Count);
        Add("survey", inputs.Survey is null ? 0 : 1);
        Add("exits", inputs.Exits is null ? 0 : 1);
        Add("policy", inputs.Policy is null ? 0 : 1);
        var text = string.Join(", ", kinds);
        text += inputs.Demo ? " (the built-in demo organization)" : "";
        return text + (inputs.Pseudonymized ? "; names and ids pseudonymized" : "");
    }
}
