using System.CommandLine;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Generator;
using ManagerFocus.Storage;
using Spectre.Console;

namespace ManagerFocus.Cli.Commands;

/// <summary>Turns parsed input options into an analysis, running the demo when no input was named.</summary>
internal sealed class AnalysisRunner(InputOptions inputs, CliContext context)
{
    public Option<bool> Timings { get; } = new("--timings") { Description = "print the time of each stage on stderr" };

    public WorkspaceOption Workspace { get; } = new();

    /// <summary>Adds the inputs, --workspace and --timings to a command.</summary>
    public void AddTo(Command command)
    {
        inputs.AddTo(command);
        command.Options.Add(Workspace.Option);
        command.Options.Add(Timings);
    }

    /// <summary>Runs the analysis; <paramref name="adjust"/> lets a command add to the request (explain names its person).</summary>
    public (AnalysisResult Result, WarningLog Warnings) Run(ParseResult parsed, Func<AnalysisRequest, AnalysisRequest>? adjust = null)
    {
        var workspace = inputs.NoneGiven(parsed) ? Workspace.Value(parsed) : parsed.GetValue(Workspace.Option);
        if (workspace is not null && !inputs.NoneGiven(parsed))
        {
            throw new UserError("give either --workspace or input files (--people, --git, ...), not both; import files with `managerfocus import`.");
        }

        context.Pseudonymize = parsed.GetValue(inputs.Pseudonymize);
        var warnings = new WarningLog();
        var timings = new StageTimings();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        AnalysisResult result;
        if (workspace is not null)
        {
            result = WithProgress(timings, () => new WorkspaceAnalysis(context.Clock, timings).Run(workspace, Adjust(inputs.ToWorkspaceRequest(parsed), adjust), warnings));
        }
        else
        {
            var request = Adjust(inputs.NoneGiven(parsed) ? DemoRequest(parsed) : inputs.ToRequest(parsed), adjust);
            result = WithProgress(timings, () => new Analyzer(context.Clock, timings).Run(request, warnings));
        }
        if (parsed.GetValue(Timings))
        {
            foreach (var (stage, elapsed) in timings.Stages)
            {
                context.Error.WriteLine($"timing {stage,-10} {elapsed.TotalSeconds,8:0.000} s");
            }

            context.Error.WriteLine($"timing {"total",-10} {watch.Elapsed.TotalSeconds,8:0.000} s");
        }

        if (warnings.Count > 0)
        {
            context.Error.WriteLine($"{warnings.Count} input warning(s); the output lists them.");
            if (parsed.GetValue(inputs.Strict))
            {
                throw new UserError(context.Pseudonymize
                    ? $"--strict: {warnings.Count} input warning(s); details withheld under --pseudonymize (run without it to see them)"
                    : $"--strict: {warnings.Count} input warning(s), first: {warnings.Kept[0].Location}: {warnings.Kept[0].Message}");
            }
        }

        return (result, warnings);
    }

    private static AnalysisRequest Adjust(AnalysisRequest request, Func<AnalysisRequest, AnalysisRequest>? adjust) =>
        adjust is null ? request : adjust(request);

    /// <summary>Shows the running stage on stderr when it is a terminal; stays quiet otherwise.</summary>
    private T WithProgress<T>(StageTimings timings, Func<T> work)
    {
        if (!context.ErrorIsConsole || Console.IsErrorRedirected)
        {
            return work();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Spinner(Spinner.Known.Dots).Start("Reading people", status =>
        {
            timings.Started += stage => status.Status($"Stage: {stage}");
            return work();
        });
    }

    private AnalysisRequest DemoRequest(ParseResult parsed)
    {
        var folder = Directory.CreateTempSubdirectory("managerfocus-demo-").FullName;
        var files = new OrganizationGenerator(GeneratorOptions.Demo).Generate(folder);
        context.Error.WriteLine($"No inputs given: analysing the built-in demo organization. Its files are in {files.Folder}");
        var user = inputs.ToRequest(parsed, files.PeoplePath);
        return user with
        {
            GitPaths = files.GitPaths,
            CalendarPaths = files.CalendarPaths,
            ReviewPaths = files.ReviewPaths,
            SurveyPath = files.SurveyPath,
            ExitsPath = files.ExitsPath,
            Demo = true,
        };
    }
}
