using System.CommandLine;
using ManagerFocus.Analysis;
using ManagerFocus.Demo;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli.Commands;

/// <summary>Turns parsed input options into an analysis, running the demo when no input was named.</summary>
internal sealed class AnalysisRunner(InputOptions inputs, CliContext context)
{
    public Option<bool> Timings { get; } = new("--timings") { Description = "print the time of each stage on stderr" };

    public (AnalysisResult Result, WarningLog Warnings) Run(ParseResult parsed)
    {
        var request = inputs.NoneGiven(parsed) ? DemoRequest(parsed) : inputs.ToRequest(parsed);
        var warnings = new WarningLog();
        var timings = parsed.GetValue(Timings) ? new StageTimings() : null;
        var result = new Analyzer(context.Clock, timings).Run(request, warnings);
        if (timings is not null)
        {
            foreach (var (stage, elapsed) in timings.Stages)
            {
                context.Error.WriteLine($"timing {stage,-10} {elapsed.TotalSeconds,8:0.000} s");
            }
        }

        if (warnings.Count > 0)
        {
            context.Error.WriteLine($"{warnings.Count} input warning(s); see the report's warnings.");
            if (parsed.GetValue(inputs.Strict))
            {
                throw new UserError($"--strict: {warnings.Count} input warning(s), first: {warnings.Kept[0].Location}: {warnings.Kept[0].Message}");
            }
        }

        return (result, warnings);
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
