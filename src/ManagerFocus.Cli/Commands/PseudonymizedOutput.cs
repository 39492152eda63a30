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
            Warnings = [new Warning("pseudonyms", "-", $"{report.WarningCount} warning(s); details withheld under --pseudonymize"),
                .. keys.IsStable ? Array.Empty<Warning>() : [Note()]],
        };
    }

    /// <summary>An error message with every quoted value and the ids of a reporting cycle (all a UserError echoes of input) pseudonymized.</summary>
    public static string Error(string message)
    {
        var keys = Pseudonymizer.FromEnvironment();
        message = Cycle().Replace(message, m => "reporting cycle " + string.Join(" -> ", m.Groups[1].Value.Split(" -> ").Select(keys.Id)) + ";");
        return Quoted().Replace(message, m => $"'{keys.Token(m.Groups[1].Value)}'");
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

    // UserError.ReportingCycle writes the ids of a cycle as "a -> b -> a".
    [GeneratedRegex("reporting cycle (.+?);")]
    private static partial Regex Cycle();
}
