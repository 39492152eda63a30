using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using Spectre.Console;

namespace ManagerFocus.Rendering;

/// <summary>The terminal report: one row per manager, then what needs attention.</summary>
public sealed class TableReportRenderer(bool color) : IReportRenderer
{
    public void Render(Report report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!color)
        {
            console.Profile.Width = 160;
        }

        console.MarkupLine($"[bold]ManagerFocus[/]: {report.Summary.Managers} managers among {report.Summary.People} people, "
            + $"{report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive)");
        console.Write(ManagersTable(report));
        console.Write(TrendsTable(report));
        WriteSummary(console, report.Summary);
        WriteAttention(console, report);
        WriteEvidence(console, report.Evidence);
        WriteWarnings(console, report);
    }

    private static Table ManagersTable(Report report)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Manager", "Reports", "Tier", "Role", "Track", "Coding", "Review", "Meetings", "1:1", "1:1 coverage", "Review wait (h) mgr/others", "Rules" })
        {
            table.AddColumn(new TableColumn(header));
        }

        foreach (var m in report.Managers)
        {
            var wait = m.ReviewBottleneck is { } b
                ? $"{Format.Hours(b.ManagerMedianHours)} / {Format.Hours(b.OthersMedianHours)} ({b.PullRequests} PRs)"
                : Format.Missing;
            var rules = m.Violations.Count == 0 ? "[green]ok[/]"
                : string.Join(", ", m.Violations.Select(v => v.Severity == Severity.Error ? $"[red]{v.Rule}[/]" : $"[yellow]{v.Rule}[/]"));
            table.AddRow(
                TerminalText.Markup($"{m.Name} ({m.Id})"),
                m.DirectReports.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Names.Of(m.SpanTier),
                Format.Name(m.ObservedRole) ?? Format.Missing,
                Format.Name(m.DeclaredTrack) ?? Format.Missing,
                Format.Percent(m.CodingShare),
                Format.Percent(m.ReviewShare),
                Format.Percent(m.MeetingShare),
                Format.Percent(m.OneOnOneShare),
                Format.Percent(m.OneOnOneCoverage),
                TerminalText.Markup(wait),
                rules);
        }

        return table;
    }

    /// <summary>The compact weekly trend (docs/definitions.md, "Weekly series") and any comparison, beside the main table.</summary>
    private static Table TrendsTable(Report report)
    {
        var cap = report.Policy.CodingCap.MaxCodingShare;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Manager")
            .AddColumn(new TableColumn($"Coding share by week from {report.Period.From:yyyy-MM-dd} (full block: {Format.Threshold(2 * cap)})").NoWrap());
        if (report.ComparedTo is { } other)
        {
            table.AddColumn(new TableColumn($"Change vs {other.From:yyyy-MM-dd} to {other.To:yyyy-MM-dd}: coding / review / meetings / 1:1"));
        }

        foreach (var m in report.Managers)
        {
            string[] cells = [TerminalText.Markup($"{m.Name} ({m.Id})"), Markup.Escape(Trend.Coding(m.Weeks, cap))];
            table.AddRow(m.Change is { } c
                ? [.. cells, TerminalText.Markup(string.Join(" / ", new[] { c.CodingShare, c.ReviewShare, c.MeetingShare, c.OneOnOneShare }.Select(Format.SignedPercent)))]
                : cells);
        }

        return table;
    }

    private static void WriteAttention(IAnsiConsole console, Report report)
    {
        foreach (var m in report.Managers.Where(m => m.ReportsWithoutOneOnOne is { Count: > 0 }))
        {
            console.MarkupLine(TerminalText.Markup($"{m.Name}: no one-on-one in the last {report.Policy.OneOnOnes.CoverageDays} days with {string.Join(", ", m.ReportsWithoutOneOnOne!)}"));
        }

        foreach (var m in report.Managers)
        {
            foreach (var v in m.Violations)
            {
                var color = v.Severity == Severity.Error ? "red" : "yellow";
                console.MarkupLine($"[{color}]{Names.Of(v.Severity)}[/] {TerminalText.Markup($"{m.Name}: {v.Rule}: {v.Message}")}");
            }
        }

        foreach (var (m, r) in report.Managers.SelectMany(m => m.Recommendations.Select(r => (m, r))).OrderBy(x => x.r.Priority))
        {
            console.MarkupLine(TerminalText.Markup($"-> {m.Name}: {r.Message}"));
        }
    }

    private static void WriteSummary(IAnsiConsole console, OrganizationSummary s)
    {
        static string Join(IReadOnlyDictionary<string, int> counts) =>
            counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => $"{pair.Key} {pair.Value}"));

        console.MarkupLine(TerminalText.Markup($"Managers by observed role: {Join(s.ManagersByRole)}; by span tier: {Join(s.ManagersBySpanTier)}; "
            + $"coding managers by tier: {Join(s.CodingManagersBySpanTier)}."));
        console.MarkupLine(TerminalText.Markup($"Declared tracks: {Join(s.PeopleByDeclaredTrack)}"
            + (s.SeparateTracks ? " (separate IC and management tracks)." : " (no separate IC and management tracks declared).")
            + (s.HybridShareOfManagers is { } h ? $" Hybrid or coding managers: {Format.Percent(h)} of managers." : "")));
        foreach (var (what, share) in new[] { ("commits", s.UnattributedCommits), ("reviews", s.UnattributedReviews) })
        {
            if (share is { Total: > 0 })
            {
                console.MarkupLine(TerminalText.Markup($"Unattributed {what}: {share.Unattributed} of {share.Total} ({Format.Percent(share.Share)})."));
            }
        }

        foreach (var u in s.Unattributed.Take(5))
        {
            var also = u.Spellings.Count > 1 ? $" (also {string.Join(", ", u.Spellings.Skip(1))})" : "";
            var hint = u.Suggestion is { } p ? $"; did you mean {p.Id} {p.Name} ({p.Reason})?" : " (add it to someone's aliases)";
            console.MarkupLine(TerminalText.Markup($"Unattributed {u.Source} identity {u.Identity}{also}: {u.Count}{hint}"));
        }

        if (s.Unattributed.Count > 5)
        {
            console.MarkupLine($"... and {s.Unattributed.Count - 5} more unattributed identities (see the JSON report).");
        }
    }

    private static void WriteEvidence(IAnsiConsole console, EvidenceReport? evidence)
    {
        if (evidence?.Satisfaction is { } s)
        {
            console.MarkupLine(TerminalText.Markup(s.Withheld is { } why
                ? $"Satisfaction: withheld ({why})."
                : $"Satisfaction: coding-manager teams {Format.Number(s.CodingManagerTeams.Mean)} ({s.CodingManagerTeams.Teams} teams, "
                  + $"{s.CodingManagerTeams.Members} people) vs other teams {Format.Number(s.OtherTeams.Mean)} ({s.OtherTeams.Teams} teams, "
                  + $"{s.OtherTeams.Members} people): {Format.SignedPercent(s.RelativeDifference)} {Format.Range(s.Interval, percent: true)}; "
                  + $"the essay says {Format.SignedPercent(s.Essay)}."));
        }

        if (evidence?.Turnover is { } t)
        {
            console.MarkupLine(TerminalText.Markup(t.Withheld is { } why
                ? $"Turnover: withheld ({why})."
                : $"Turnover: coding-manager teams {Format.Number(t.CodingManagerTeams.Rate)} voluntary exits per person-year "
                  + $"({t.CodingManagerTeams.Exits} in {Format.Number(t.CodingManagerTeams.MemberYears)}) vs other teams {Format.Number(t.OtherTeams.Rate)} "
                  + $"({t.OtherTeams.Exits} in {Format.Number(t.OtherTeams.MemberYears)}): ratio {Format.Number(t.Ratio)} {Format.Range(t.Interval, percent: false)}; "
                  + $"the essay says {Format.Number(t.Essay)}."));
        }
    }

    private static void WriteWarnings(IAnsiConsole console, Report report)
    {
        foreach (var n in report.Notices.Take(5))
        {
            console.MarkupLine(TerminalText.Markup($"notice: {WarningText.Line(n)}"));
        }

        if (report.Notices.Count > 5)
        {
            console.MarkupLine($"... and {report.Notices.Count - 5} more notice(s) (see the JSON or HTML report).");
        }

        if (report.WarningCount == 0)
        {
            return;
        }

        console.MarkupLine($"[yellow]{report.WarningCount} input warning(s)[/]" + (report.Warnings.Count > 10 ? "; the first 10 kinds:" : ":"));
        foreach (var w in report.Warnings.Take(10))
        {
            console.MarkupLine(TerminalText.Markup($"  {WarningText.Line(w)}"));
        }
    }
}
