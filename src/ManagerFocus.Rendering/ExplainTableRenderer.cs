using System.Globalization;
using Spectre.Console;

namespace ManagerFocus.Rendering;

/// <summary>`explain` as terminal tables: one section per kind of evidence (coding sessions, reviews, calendar occurrences), each with its total.</summary>
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
        console.WriteLine($"Evidence behind the figures of {TerminalText.Plain(report.Name)} ({TerminalText.Plain(report.Person)}), {report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive), times in UTC");
        Sessions(console, report);
        Reviews(console, report);
        Occurrences(console, report);
        var totals = report.Totals;
        console.WriteLine();
        console.WriteLine($"Totals: coding {Format.Hours(totals.CodingHours)} h, review {Format.Hours(totals.ReviewHours)} h, meeting {Format.Hours(totals.MeetingHours)} h, "
            + $"one-on-one {Format.Hours(totals.OneOnOneHours)} h (the figures of analyze for the same period)");
        foreach (var note in totals.Notes)
        {
            console.WriteLine($"  {note}");
        }

        if (report.WarningCount > 0)
        {
            console.WriteLine($"{report.WarningCount} input warning(s); first ones:");
            foreach (var w in report.Warnings.Take(10))
            {
                console.WriteLine(TerminalText.Plain($"  {w.Location}: {w.Message}"));
            }
        }
    }

    private static void Sessions(IAnsiConsole console, ExplainReport report)
    {
        console.WriteLine();
        if (report.CodingSessions is not { } sessions)
        {
            console.WriteLine("Coding sessions: no git input, so coding hours are unknown (null), not zero.");
            return;
        }

        console.WriteLine("Coding sessions (a gap of more than the session gap starts a new one; each adds first to last commit plus the lead):");
        var table = Table("First commit", "Last commit", "Hours", "Commits", "Repositories", "Commit times");
        foreach (var s in sessions)
        {
            table.AddRow(
                TerminalText.Markup(s.FirstCommit), TerminalText.Markup(s.LastCommit), Number(s.Hours), s.CommitCount.ToString(CultureInfo.InvariantCulture),
                TerminalText.Markup(string.Join(", ", s.Repositories)), TerminalText.Markup(string.Join(" ", s.Commits.Select(c => c.Time[11..19]))));
        }

        console.Write(table);
        console.WriteLine($"{sessions.Count} session(s), {report.Totals.Commits} commit(s); coding hours {Format.Hours(report.Totals.CodingHours)}");
    }

    private static void Reviews(IAnsiConsole console, ExplainReport report)
    {
        console.WriteLine();
        if (report.Reviews is not { } reviews)
        {
            console.WriteLine("Reviews: no review input, so review hours are unknown (null), not zero.");
            return;
        }

        console.WriteLine("Reviews submitted (one review unit per pull request and UTC day):");
        var table = Table("Submitted", "Repository", "Pull request", "Counted", "Why not", "Author", "Wait of a report (h)");
        foreach (var r in reviews)
        {
            table.AddRow(
                TerminalText.Markup(r.Submitted), TerminalText.Markup(r.Repository), r.PullRequest.ToString(CultureInfo.InvariantCulture), r.Counted ? "yes" : "no",
                TerminalText.Markup(r.Reason ?? ""), TerminalText.Markup(r.Author ?? Format.Missing), r.ReportWaitHours is { } w ? Number(w) : "");
        }

        console.Write(table);
        console.WriteLine($"{reviews.Count} review(s), {report.Totals.ReviewsCounted} counted; review hours {Format.Hours(report.Totals.ReviewHours)}");
    }

    private static void Occurrences(IAnsiConsole console, ExplainReport report)
    {
        console.WriteLine();
        if (report.MeetingHours is null && report.Occurrences.Count == 0)
        {
            console.WriteLine("Calendar occurrences: none (no calendar input, or nothing in the period); meeting and one-on-one hours are unknown (null).");
            return;
        }

        console.WriteLine("Calendar occurrences, counted or not and why:");
        var table = Table("Start", "End", "Min", "Kind", "Counted", "With", "Why", "Where");
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
    }

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(header);
        }

        return table;
    }

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
