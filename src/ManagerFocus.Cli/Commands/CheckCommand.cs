using System.CommandLine;
using System.Text.Json;
using ManagerFocus.Diagnostics;
using ManagerFocus.Rendering;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using ManagerFocus.Time;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus check`: the broken rules, with an exit code a scheduled job can act on.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var runner = new AnalysisRunner(inputs, context);
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var preview = new Option<bool>("--preview")
        {
            Description = "with --policy DRAFT: how many managers each rule would flag under the draft, beside the baseline; always exits 0",
        };
        var baseline = new Option<string?>("--baseline") { Description = "with --preview: the policy in force now (default: built-in)" };
        var command = new Command("check", """
            Print broken policy rules. Exit 0 when no error-severity rule is broken, 1 when one is, 2 on unusable input.

            Examples:
              managerfocus check --people people.csv --git repos/ --calendar calendars/
              managerfocus check --people people.csv --git repos/ --policy draft.yml --preview
            """);
        runner.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(preview);
        command.Options.Add(baseline);
        command.SetAction(parsed => context.Guard(() =>
        {
            var (result, _) = runner.Run(parsed);
            Category[] activity = [Category.Coding, Category.Review, Category.Meeting, Category.OneOnOne];
            if (activity.Any(result.Ledger.IsMissing) && !activity.Any(result.Ledger.IsGiven))
            {
                // Inputs were given but none holds anything for the period: every activity rule would hold over no data.
                throw new UserError($"no activity from {result.Period.From:yyyy-MM-dd} to {result.Period.To:yyyy-MM-dd}: no commit, review or "
                    + "calendar event of anyone in the people file, so there is nothing to check; give inputs, or --from/--to around their activity.");
            }

            if (parsed.GetValue(preview))
            {
                var current = parsed.GetValue(baseline) is { } path ? PolicyFile.Load(path) : PolicySettings.Default;
                var rows = PolicyPreview.Compare(result.Figures, current, result.Request.Policy);
                PolicyPreview.Write(rows, parsed.GetValue(format) == "json", context.Out);
                return ExitCodes.Ok;
            }

            var violations = result.Report.Managers
                .SelectMany(m => m.Violations.Select(v => new CheckedViolation(m.Id, m.Name, v.Rule, v.Severity, v.Message)))
                .OrderBy(v => v.Severity == Severity.Error ? 0 : 1).ThenBy(v => v.ManagerName, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var errors = violations.Count(v => v.Severity == Severity.Error);
            var repositories = PseudonymizedOutput.Apply(result.Report).Inputs.Repositories;
            // Warnings and notices quote names, logins and paths: under --pseudonymize only their counts are shown.
            var withheld = result.Request.Pseudonymize;
            var inputWarnings = withheld ? [] : result.Report.Warnings;
            var notices = withheld ? [] : result.Report.Notices;
            if (parsed.GetValue(format) == "json")
            {
                var body = new
                {
                    period = result.Report.Period, errors, warnings = violations.Count - errors, violations, repositories,
                    inputWarningCount = result.Report.WarningCount, inputWarnings, notices,
                };
                context.Out.WriteLine(JsonSerializer.Serialize(body, JsonReportRenderer.Options));
            }
            else
            {
                foreach (var v in violations)
                {
                    context.Out.WriteLine($"{Names.Of(v.Severity),-7} {v.Rule,-17} {SafeText.Clean(v.ManagerName, int.MaxValue)} ({SafeText.Clean(v.ManagerId, int.MaxValue)}): {SafeText.Clean(v.Message, int.MaxValue)}");
                }

                // Input problems and notices too (docs/definitions.md, "Warnings and notices"): a check that hid them would look clean.
                foreach (var n in notices)
                {
                    context.Out.WriteLine($"notice  {SafeText.Clean(WarningText.Line(n), int.MaxValue)}");
                }

                foreach (var w in inputWarnings)
                {
                    context.Out.WriteLine($"input warning {SafeText.Clean(WarningText.Line(w), int.MaxValue)}");
                }

                context.Out.WriteLine($"{errors} error(s), {violations.Count - errors} warning(s) among {result.Report.Managers.Count} managers"
                    + $"; {result.Report.WarningCount} input warning(s), {result.Report.Notices.Count} notice(s)"
                    + (withheld ? " (details withheld under --pseudonymize)." : "."));
                // Which repositories the figures came from, on stderr beside the other notes about the inputs.
                foreach (var r in repositories ?? [])
                {
                    context.Error.WriteLine($"git: {SafeText.Clean(r.Repository, int.MaxValue)}: {r.CommitsInPeriod} commits in the period, {r.Commits} in total");
                }
            }

            return errors > 0 ? ExitCodes.RuleBroken : ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record CheckedViolation(string ManagerId, string ManagerName, string Rule, Severity Severity, string Message);
}
