using System.Globalization;
using Spectre.Console;

namespace ManagerFocus.Rendering;

/// <summary>`explain` as a terminal table: one row per occurrence, then the totals it adds up to.</summary>
public static class ExplainTableRenderer
{
    public static void Render(ExplainReport report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        console.WriteLine($"Calendar occurrences of {TerminalText.Plain(report.Name)} ({TerminalText.Plain(report.Person)}), {report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive), times in UTC");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Start", "End", "Min", "Kind", "Counted", "With", "Why", "Where" })
        {
            table.AddColumn(header);
        }

        foreach (var row in report.Occurrences)
        {
            table.AddRow(
                TerminalText.Markup(row.Start), TerminalText.Markup(row.End), row.Minutes.ToString("0", CultureInfo.InvariantCulture), TerminalText.Markup(row.Kind),
                row.Counted ? "yes" : "no", TerminalText.Markup((row.With ?? Format.Missing) + (row.Manager is { } m ? $" (manager that day: {m})" : "")), TerminalText.Markup(row.Reason ?? "counted: in their own calendar"),
                TerminalText.Markup(row.Location));
        }

        console.Write(table);
        console.WriteLine($"{report.Occurrences.Count} occurrence(s); meeting hours {Format.Hours(report.MeetingHours)}, one-on-one hours {Format.Hours(report.OneOnOneHours)} "
            + "(overlaps counted once, clipped to the period)");
        if (report.WarningCount > 0)
        {
            console.WriteLine($"{report.WarningCount} input warning(s); first ones:");
            foreach (var w in report.Warnings.Take(10))
            {
                console.WriteLine(TerminalText.Plain($"  {w.Location}: {w.Message}"));
            }
        }
    }
}
