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

    public Option<string?> KeepDemo { get; } = new("--keep-demo")
    {
        Description = "with no inputs (the demo): write the demo organization's files to this folder (new or empty) and keep them",
    };

    public WorkspaceOption Workspace { get; } = new();

    /// <summary>Adds the inputs, --workspace, --keep-demo and --timings to a command.</summary>
    public void AddTo(Command command)
    {
        inputs.AddTo(command);
        command.Options.Add(Workspace.Option);
        command.Options.Add(KeepDemo);
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
        else if (inputs.NoneGiven(parsed))
        {
            var (request, temporary) = DemoRequest(parsed);
            try
            {
                request = Adjust(request, adjust);
                result = WithProgress(timings, () => new Analyzer(context.Clock, timings).Run(request, warnings));
            }
            finally
            {
                // The demo's files were read whole; without --keep-demo nothing of them stays behind.
                if (temporary is not null)
                {
                    TryDelete(temporary);
                }
            }
        }
        else
        {
            if (parsed.GetValue(KeepDemo) is { } keep)
            {
                throw UserError.InvalidOption("--keep-demo", keep, "keeps the demo's files, so it applies only when no input is given");
            }

            var request = Adjust(inputs.ToRequest(parsed), adjust);
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

    /// <summary>
    /// The demo's request, over files generated into a temporary folder (returned, to delete after the analysis) or, with
    /// --keep-demo, into the folder named there, which is kept.
    /// </summary>
    private (AnalysisRequest Request, string? Temporary) DemoRequest(ParseResult parsed)
    {
        var keep = parsed.GetValue(KeepDemo);
        var folder = keep is null ? Directory.CreateTempSubdirectory("managerfocus-demo-").FullName : KeptFolder(keep);
        try
        {
            var files = new OrganizationGenerator(GeneratorOptions.Demo).Generate(folder);
            context.Error.WriteLine(keep is null
                ? "No inputs given: analysing the built-in demo organization (its files are removed afterwards; --keep-demo DIR keeps them)."
                : $"No inputs given: analysing the built-in demo organization. Its files are kept in {files.Folder}");
            var user = inputs.ToRequest(parsed, files.PeoplePath);
            var request = user with
            {
                GitPaths = files.GitPaths,
                CalendarPaths = files.CalendarPaths,
                ReviewPaths = files.ReviewPaths,
                SurveyPath = files.SurveyPath,
                ExitsPath = files.ExitsPath,
                Demo = true,
            };
            return (request, keep is null ? folder : null);
        }
        catch when (keep is null)
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>The --keep-demo folder, created; one that already holds files is refused, so nothing of the user's is mixed in.</summary>
    private static string KeptFolder(string path)
    {
        var folder = Path.GetFullPath(path);
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            throw UserError.InvalidOption("--keep-demo", path, "is a file or a folder that is not empty; choose a new or empty folder");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be removed is left in the temporary folder; the report itself is not affected.
        }
    }
}
