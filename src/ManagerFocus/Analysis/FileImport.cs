using System.Runtime.ExceptionServices;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Sources.Git;
using ManagerFocus.Sources.Outcomes;
using ManagerFocus.Sources.People;
using ManagerFocus.Sources.Reviews;

namespace ManagerFocus.Analysis;

/// <summary>Reads the request's input files into an in-memory <see cref="ActivitySet"/>: the one-shot run's store.</summary>
internal sealed class FileImport(AnalysisRequest request, WarningLog warnings, StageTimings? timings)
{
    public ActivitySet Read()
    {
        var people = Stage("people", () => request.AllPeoplePaths.Select(path => PeopleCsvReader.Read(path, warnings)).ToList());
        IReadOnlyList<RepositoryActivity>? repositories = null;
        IReadOnlyList<ReviewExport>? reviews = null;
        try
        {
            // git's own process keeps one core busy, so reviews are read beside it.
            Parallel.Invoke(
                () =>
                {
                    if (request.GitPaths.Count > 0)
                    {
                        repositories = Stage("git", () => new GitImporter(warnings).Import(request.GitPaths));
                    }
                },
                () =>
                {
                    if (request.ReviewPaths.Count > 0)
                    {
                        reviews = Stage("reviews", () => ReviewImporter.Read(request.ReviewPaths, warnings));
                    }
                });
        }
        catch (AggregateException e)
        {
            // A user error in either source is reported as itself, not wrapped.
            ExceptionDispatchInfo.Throw(e.InnerExceptions.OfType<UserError>().FirstOrDefault() ?? e.InnerExceptions[0]);
        }

        return new ActivitySet
        {
            People = people,
            Repositories = repositories,
            ReviewExports = reviews,
            CalendarFiles = request.CalendarPaths.Count > 0 ? CalendarFiles.List(request.CalendarPaths, warnings) : null,
            Survey = request.SurveyPath is { } survey ? OutcomeCsv.ReadSurvey(survey, warnings) : null,
            Exits = request.ExitsPath is { } exits ? OutcomeCsv.ReadExits(exits, warnings) : null,
        };
    }

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);
}
