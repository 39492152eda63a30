using System.CommandLine;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus analyze`: the full report, per manager.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var output = new OutputOptions();
        var runner = new AnalysisRunner(inputs, context);
        var command = new Command("analyze", """
            Report per manager: span of control, time spent coding, reviewing and in meetings, one-on-one coverage,
            review bottlenecks, observed role and broken policy rules. With no inputs it analyses a built-in demo organization.

            Examples:
              managerfocus analyze
              managerfocus analyze --people people.csv --git ~/src --calendar calendars/ --reviews github/ --format json --out report.json
              managerfocus analyze --workspace org.db --from 2026-05-04 --to 2026-08-03     (after managerfocus import)
              managerfocus analyze --people jan.csv --people feb.csv --git ~/src --under d1 --compare-previous --format csv --weekly
            """);
        runner.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed => context.Guard(() =>
        {
            var (result, _) = runner.Run(parsed);
            output.Write(parsed, PseudonymizedOutput.Apply(result.Report), context, OutputOptions.InputsOf(result.Request));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
