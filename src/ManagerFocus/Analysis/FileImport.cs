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
        var people = Stage("people", () => PeopleCsvReader.Read(request.PeoplePath, warnings));
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
            People = [people],
            Repositories = repositories,
            ReviewExports = reviews,
            Calendars = request.CalendarPaths.Count > 0 ? Stage("calendars", ReadCalendars) : null,
            Survey = request.SurveyPath is { } survey ? OutcomeCsv.ReadSurvey(survey, warnings) : null,
            Exits = request.ExitsPath is { } exits ? OutcomeCsv.ReadExits(exits, warnings) : null,
        };
    }

    /// <summary>Every calendar file, read in parallel; each file's warnings are added in file order.</summary>
    private IReadOnlyList<CalendarFileRecord> ReadCalendars()
    {
        var files = CalendarFiles.List(request.CalendarPaths, warnings);
        var records = new CalendarFileRecord[files.Count];
        var logs = new WarningLog[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            logs[i] = new WarningLog(int.MaxValue);
            records[i] = CalendarRecords.Read(files[i], logs[i]);
        });

        foreach (var warning in logs.SelectMany(l => l.Kept))
        {
            warnings.Add(warning.Source, warning.Location, warning.Message);
        }

        return records;
    }

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);
}
