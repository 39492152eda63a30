using System.Text.RegularExpressions;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;

namespace ManagerFocus.Cli.Commands;

/// <summary>
/// The last step before anything of a --pseudonymize run is written (docs/definitions.md, "Privacy and pseudonymization"): input paths, the
/// explained person, error messages' quoted values and the note that a run without a key has pseudonyms of its own.
/// </summary>
internal static partial class PseudonymizedOutput
{
    public static Report Apply(Report report)
    {
        if (!report.Inputs.Pseudonymized)
        {
            return report;
        }

        var keys = Pseudonymizer.FromEnvironment();
        var inputs = report.Inputs;
        string? File(string? path) => path is null ? null : keys.File(path);
        return report with
        {
            Inputs = inputs with
            {
                People = keys.File(inputs.People),
                Git = [.. inputs.Git.Select(keys.File)],
                Repositories = inputs.Repositories?.Select(r => r with { Repository = keys.File(r.Repository) }).ToList(),
                Calendar = [.. inputs.Calendar.Select(keys.File)],
                Reviews = [.. inputs.Reviews.Select(keys.File)],
                Survey = File(inputs.Survey),
                Exits = File(inputs.Exits),
                Policy = File(inputs.Policy),
            },
            Warnings = keys.IsStable ? report.Warnings : [.. report.Warnings, Note()],
        };
    }

    public static ExplainReport Apply(ExplainReport report, IEnumerable<string> ids)
    {
        var keys = Pseudonymizer.FromEnvironment();
        var known = ids.ToList();
        return report with
        {
            Person = keys.Id(report.Person),
            Name = $"Person {keys.Token(report.Person)}",
            Occurrences = [.. report.Occurrences.Select(row => row with
            {
                Calendar = keys.Id(row.Calendar),
                With = row.With is { } with ? keys.Id(with) : null,
                Manager = row.Manager is { } manager ? keys.Id(manager) : null,
                Reason = row.Reason is { } reason ? keys.Replace(reason, known) : null,
                Location = Located(keys, row.Location),
            })],
            // Repository names and pull-request numbers are not personal; a pull request's author is.
            Reviews = report.Reviews?.Select(row => row with { Author = row.Author is { } author ? keys.Id(author) : null }).ToList(),
            Warnings = [new Warning("pseudonyms", "-", $"{report.WarningCount} warning(s); details withheld under --pseudonymize"),
                .. keys.IsStable ? Array.Empty<Warning>() : [Note()]],
        };
    }

    /// <summary>An error message with every quoted value and the ids of a reporting cycle (all a UserError echoes of input) pseudonymized.</summary>
    public static string Error(string message)
    {
        var keys = Pseudonymizer.FromEnvironment();
        message = Cycle().Replace(message, m => "reporting cycle " + string.Join(" -> ", m.Groups[1].Value.Split(" -> ").Select(keys.Id)) + ";");
        message = Quoted().Replace(message, m => $"'{keys.Token(m.Groups[1].Value)}'");
        // A path can name a person (calendars/alice@corp.com.ics): the file an error starts with, and every other word with a
        // slash in it, become file tokens as in the report's inputs.
        message = LeadingFile().Replace(message, m => keys.File(m.Groups[1].Value) + m.Groups[2].Value + ": ");
        return PathWord().Replace(message, m => keys.File(m.Value));
    }

    private static Warning Note() => new("pseudonyms", "-", Pseudonymizer.UnstableNote);

    /// <summary>"path:line" as "file-token:line".</summary>
    private static string Located(Pseudonymizer keys, string location)
    {
        var colon = location.LastIndexOf(':');
        return colon > 0 && int.TryParse(location.AsSpan(colon + 1), out _)
            ? keys.File(location[..colon]) + location[colon..]
            : keys.File(location);
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    // "path: ..." or "path:12: ..." at the start of an error; an option ("--people ...") is not a file.
    [GeneratedRegex(@"^(?!--)([^\s']+?)(:\d+)?: ")]
    private static partial Regex LeadingFile();

    // A word with a slash, outside the file tokens already made ("file-0a1b2c3d4e").
    [GeneratedRegex(@"(?<![\w'-])(?!file-[0-9a-f]{10}\b)[^\s'();,]*[/\\][^\s'();,]*[^\s'();,.:]")]
    private static partial Regex PathWord();

    // UserError.ReportingCycle writes the ids of a cycle as "a -> b -> a".
    [GeneratedRegex("reporting cycle (.+?);")]
    private static partial Regex Cycle();
}
