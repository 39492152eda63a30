using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using Spectre.Console;

namespace ManagerFocus.Rendering;

/// <summary>
/// The terminal report: one row per manager, then what needs attention. With a <paramref name="width"/> (a terminal) the
/// tables fit it (docs/definitions.md, "Terminal table"); without one (a file or a pipe) every column is written and no line
/// is wrapped.
/// </summary>
public sealed class TableReportRenderer(bool color, int? width = null) : IReportRenderer
{
    /// <summary>The console width used when writing to a file or a pipe: wide enough that no line of the report wraps.</summary>
    private const int Unwrapped = 1 << 20;

    public void Render(Report report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width ?? Unwrapped;

        console.MarkupLine($"[bold]ManagerFocus[/]: {report.Summary.Managers} managers among {report.Summary.People} people, "
            + $"{report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive)");
        WriteRepositories(console, report.Inputs.Repositories);
        var (managers, leftOut) = ManagersTable(report).Build(width);
        console.Write(managers);
        WriteOverlap(console, report);
        var (trends, trendsLeftOut) = TrendsTable(report).Build(width);
        console.Write(trends);
        WriteLeftOut(console, [.. leftOut, .. trendsLeftOut], width);
        WriteSummary(console, report.Summary);
        WriteAttention(console, report);
        WriteEvidence(console, report.Evidence);
        WriteWarnings(console, report);
    }

    /// <summary>The managers table; the priority of each column says which are left out first on a narrow terminal.</summary>
    private static FittedTable ManagersTable(Report report)
    {
        var table = new FittedTable()
            .Column("Manager", 0).Column("Reports", 5).Column("Tier", 10).Column("Role", 4).Column("Track", 7)
            .Column("Coding", 2).Column("Review", 8).Column("Meetings", 6).Column("1:1", 9).Column("1:1 coverage", 3)
            .Column("Review wait (h) mgr/others", 11).Column("Rules", 1);
        foreach (var m in report.Managers)
        {
            var wait = m.ReviewBottleneck is { } b
                ? $"{Format.Hours(b.ManagerMedianHours)} / {Format.Hours(b.OthersMedianHours)} ({b.PullRequests} PRs)"
                : Format.Missing;
            var rules = m.Violations.Count == 0 ? "[green]ok[/]"
                : string.Join(", ", m.Violations.Select(v => v.Severity == Severity.Error ? $"[red]{v.Rule}[/]" : $"[yellow]{v.Rule}[/]"));
            table.Row(
                TerminalText.Markup($"{m.Name} ({m.Id})") + (m.SharesExceedWhole ? " *" : ""),
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
    private static FittedTable TrendsTable(Report report)
    {
        var cap = report.Policy.CodingCap.MaxCodingShare;
        var table = new FittedTable()
            .Column("Manager", 0)
            .Column($"Coding share by week from {report.Period.From:yyyy-MM-dd} (full block: {Format.Threshold(2 * cap)})", 0);
        if (report.ComparedTo is { } other)
        {
            table.Column($"Change vs {other.From:yyyy-MM-dd} to {other.To:yyyy-MM-dd}: coding / review / meetings / 1:1", 1);
        }

        foreach (var m in report.Managers)
        {
            string[] cells = [TerminalText.Markup($"{m.Name} ({m.Id})"), Markup.Escape(Trend.Coding(m.Weeks, cap))];
            table.Row(m.Change is { } c
                ? [.. cells, TerminalText.Markup(string.Join(" / ", new[] { c.CodingShare, c.ReviewShare, c.MeetingShare, c.OneOnOneShare }.Select(Format.SignedPercent)))]
                : cells);
        }

        return table;
    }

    /// <summary>The inputs part: which repositories --git found and how many commits each gave, as the report counts them.</summary>
    private static void WriteRepositories(IAnsiConsole console, IReadOnlyList<RepositoryReport>? repositories)
    {
        if (repositories is null)
        {
            return;
        }

        const int shown = 10;
        console.MarkupLine(TerminalText.Markup($"Git: {repositories.Count} repositories, {repositories.Sum(r => r.CommitsInPeriod)} commits in the period "
            + $"({repositories.Sum(r => r.Commits)} in total)" + (repositories.Count == 0 ? "." : ":")));
        foreach (var r in repositories.Take(shown))
        {
            console.MarkupLine(TerminalText.Markup($"  {r.Repository}: {r.CommitsInPeriod} commits in the period, {r.Commits} in total"));
        }

        if (repositories.Count > shown)
        {
            console.MarkupLine($"  ... and {repositories.Count - shown} more repositories (all of them in --format json, inputs.repositories).");
        }
    }

    /// <summary>The footnote of the managers marked * in the table: their shares are not parts of one whole.</summary>
    private static void WriteOverlap(IAnsiConsole console, Report report)
    {
        if (report.Managers.Any(m => m.SharesExceedWhole))
        {
            console.MarkupLine("* Coding, review and meeting shares add up to more than 100%: coding sessions can overlap meetings and reviews, "
                + "so the shares are not parts of one whole.");
        }
    }

    /// <summary>One line naming the columns a narrow terminal left out, and where to see them.</summary>
    private static void WriteLeftOut(IAnsiConsole console, IReadOnlyList<string> leftOut, int? width)
    {
        if (leftOut.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Left out to fit {width} columns: {string.Join(", ", leftOut.Distinct())}. "
                + "See them in a wider terminal, or with --format csv, json or html (or --out report.html)."));
        }
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
