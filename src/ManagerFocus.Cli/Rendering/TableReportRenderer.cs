using ManagerFocus.Reporting;
using Spectre.Console;

namespace ManagerFocus.Cli.Rendering;

/// <summary>The terminal report: one row per manager, then what needs attention.</summary>
internal sealed class TableReportRenderer(bool color) : IReportRenderer
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
        WriteAttention(console, report);
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
                ? $"{Format.Number(b.ManagerMedianHours)} / {Format.Number(b.OthersMedianHours)} ({b.PullRequests} PRs)"
                : Format.Missing;
            var rules = m.Violations.Count == 0 ? "[green]ok[/]"
                : string.Join(", ", m.Violations.Select(v => v.Severity == "error" ? $"[red]{v.Rule}[/]" : $"[yellow]{v.Rule}[/]"));
            table.AddRow(
                Markup.Escape($"{m.Name} ({m.Id})"),
                m.DirectReports.ToString(System.Globalization.CultureInfo.InvariantCulture),
                m.SpanTier,
                m.ObservedRole ?? Format.Missing,
                m.DeclaredTrack ?? Format.Missing,
                Format.Percent(m.CodingShare),
                Format.Percent(m.ReviewShare),
                Format.Percent(m.MeetingShare),
                Format.Percent(m.OneOnOneShare),
                Format.Percent(m.OneOnOneCoverage),
                Markup.Escape(wait),
                rules);
        }

        return table;
    }

    private static void WriteAttention(IAnsiConsole console, Report report)
    {
        foreach (var m in report.Managers.Where(m => m.ReportsWithoutOneOnOne is { Count: > 0 }))
        {
            console.MarkupLine(Markup.Escape($"{m.Name}: no one-on-one in the last 28 days with {string.Join(", ", m.ReportsWithoutOneOnOne!)}"));
        }

        foreach (var m in report.Managers)
        {
            foreach (var v in m.Violations)
            {
                var color = v.Severity == "error" ? "red" : "yellow";
                console.MarkupLine($"[{color}]{v.Severity}[/] {Markup.Escape($"{m.Name}: {v.Rule}: {v.Message}")}");
            }
        }

        foreach (var (m, r) in report.Managers.SelectMany(m => m.Recommendations.Select(r => (m, r))).OrderBy(x => x.r.Priority))
        {
            console.MarkupLine(Markup.Escape($"-> {m.Name}: {r.Message}"));
        }
    }

    private static void WriteWarnings(IAnsiConsole console, Report report)
    {
        if (report.WarningCount == 0)
        {
            return;
        }

        console.MarkupLine($"[yellow]{report.WarningCount} input warning(s)[/]; first ones:");
        foreach (var w in report.Warnings.Take(10))
        {
            console.MarkupLine(Markup.Escape($"  {w.Location}: {w.Message}"));
        }
    }
}
