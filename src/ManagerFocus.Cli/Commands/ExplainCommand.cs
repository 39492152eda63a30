using System.CommandLine;
using ManagerFocus.Analysis;
using ManagerFocus.Rendering;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus explain --person ID`: the coding sessions, reviews and calendar occurrences behind one person's figures.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var runner = new AnalysisRunner(inputs, context);
        var person = new Option<string>("--person") { Description = "the person to explain: id, email or alias, or exact name (from people.csv)", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("explain", """
            Show the evidence behind every figure of one person in the period: coding sessions (first and last
            commit, hours, repositories, commit times), reviews submitted (pull request, day, counted or not and
            why) and calendar occurrences, counted or not (meeting, one-on-one, all-day, cancelled, declined,
            transparent, solo) and why; then the totals, the same figures analyze reports. Works with any subset
            of inputs: a kind whose input was not given is null, and said so. Titles and commit messages never
            appear. Takes the same inputs as analyze, so the period is the same.

            Examples:
              managerfocus explain --person p002
              managerfocus explain --person alice@example.com --people people.csv --git repos/
              managerfocus explain --person "Alice Martin" --people people.csv --calendar calendars/ --format json
            """);
        runner.AddTo(command);
        command.Options.Add(person);
        command.Options.Add(format);
        command.SetAction(parsed => context.Guard(() =>
        {
            var id = parsed.GetValue(person)!;
            var report = Explain(parsed, runner, id);
            OutputOptions.ToStdout(context, writer =>
            {
                if (parsed.GetValue(format) == "json")
                {
                    ExplainJsonRenderer.Render(report, writer);
                }
                else
                {
                    ExplainTableRenderer.Render(report, writer);
                }
            });

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ExplainReport Explain(ParseResult parsed, AnalysisRunner runner, string person)
    {
        var evidence = new ExplainedEvidence();
        var (result, warnings) = runner.Run(parsed, request => evidence.Collect(request, person));
        var report = ExplainReportBuilder.Build(result, evidence, warnings);
        return result.Request.Pseudonymize ? PseudonymizedOutput.Apply(report, result.Organization.People.Select(p => p.Id)) : report;
    }
}
