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
        console.WriteLine($"Calendar occurrences of {report.Name} ({report.Person}), {report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive), times in UTC");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Start", "End", "Min", "Kind", "Counted", "With", "Why", "Where" })
        {
            table.AddColumn(header);
        }

        foreach (var row in report.Occurrences)
        {
            table.AddRow(
                Markup.Escape(row.Start), Markup.Escape(row.End), row.Minutes.ToString("0", CultureInfo.InvariantCulture), Markup.Escape(row.Kind),
                row.Counted ? "yes" : "no", Markup.Escape((row.With ?? Format.Missing) + (row.Manager is { } m ? $" (manager that day: {m})" : "")), Markup.Escape(row.Reason ?? "counted: in their own calendar"),
                Markup.Escape(row.Location));
        }

        console.Write(table);
        console.WriteLine($"{report.Occurrences.Count} occurrence(s); meeting hours {Format.Hours(report.MeetingHours)}, one-on-one hours {Format.Hours(report.OneOnOneHours)} "
            + "(overlaps counted once, clipped to the period)");
        if (report.WarningCount > 0)
        {
            console.WriteLine($"{report.WarningCount} input warning(s); first ones:");
            foreach (var w in report.Warnings.Take(10))
            {
                console.WriteLine($"  {w.Location}: {w.Message}");
            }
        }
    }
}
