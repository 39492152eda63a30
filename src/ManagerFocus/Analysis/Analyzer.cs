using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Policy;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>
/// Runs the pipeline once (docs/definitions.md, "How a report is made"): activity records, then attribution and
/// time for a period chosen once, metrics, policy and the report. Files and a workspace reach it the same way, as
/// an <see cref="ActivitySet"/>.
/// </summary>
public sealed class Analyzer(TimeProvider clock, StageTimings? timings = null)
{
    /// <summary>The one-shot run: reads the request's files into memory, then analyses them.</summary>
    public AnalysisResult Run(AnalysisRequest request, WarningLog warnings)
    {
        request = WithPolicy(request);
        var activity = new FileImport(request, warnings, timings).Read();
        return AnalyzeUnderPolicy(request, activity, warnings);
    }

    /// <summary>Analyses activity already imported (in memory or loaded from a workspace).</summary>
    public AnalysisResult Analyze(AnalysisRequest request, ActivitySet activity, WarningLog warnings) =>
        AnalyzeUnderPolicy(WithPolicy(request), activity, warnings);

    private AnalysisResult AnalyzeUnderPolicy(AnalysisRequest request, ActivitySet activity, WarningLog warnings)
    {
        foreach (var warning in activity.ImportWarnings)
        {
            warnings.Add(warning.Source, warning.Location, warning.Message);
        }

        var people = activity.People.Count > 0 ? activity.People[^1]
            : throw new UserError("no people file was imported; give --people people.csv.");
        var org = Stage("organization", () => OrganizationBuilder.Build(people, warnings));
        if (request.ExplainPersonId is { } explain && org.Find(explain) is null)
        {
            throw UserError.InvalidOption("--person", explain, "no person has this id in the people file");
        }

        var state = new PipelineState(request, org, warnings);
        var commits = activity.Repositories is { } repositories
            ? Stage("attribution", () => CommitLog.Attribute(repositories, org.Identities, request.Settings))
            : null;
        var reviews = activity.ReviewExports is { } exports
            ? Stage("review links", () => ReviewLinker.Link(exports, org, warnings))
            : null;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latestUnix = Latest(commits?.LatestAuthorUnix, reviews?.LatestActivityUnix);
        var latest = latestUnix is { } unix ? Period.DayOf(unix) : (DateOnly?)null;
        var period = PeriodChooser.Choose(request.From, request.To, latest, today, warnings);

        var ledger = new TimeLedger(org.People.Count, period);
        Stage("ledger", () =>
        {
            if (commits is not null)
            {
                GitStage.AddCoding(state, commits, ledger);
            }

            if (reviews is not null)
            {
                ReviewStage.AddReviews(state, reviews, ledger);
            }

            if (activity.Calendars is { } calendars)
            {
                CalendarStage.Add(state, calendars, c => c.Path, CalendarRecords.Events, period, ledger);
            }
            else if (activity.CalendarFiles is { } files)
            {
                CalendarStage.Add(state, files, f => f, CalendarRecords.Parse, period, ledger);
            }
        });

        var calculator = new ManagerMetricsCalculator(org, period, request.Settings);
        var bottleneck = state.ReviewBottleneck;
        var figures = Stage("metrics", () => calculator.Compute(
            ledger, state.OneOnOnes, bottleneck is null ? null : manager => bottleneck(manager, period)));
        var outcomes = Stage("outcomes", () => OutcomeStage.Evaluate(state, activity, period, figures));
        var report = Stage("report", () => new ReportAssembler(state, period, ledger.IsGiven(Category.Coding)).Assemble(figures, outcomes));
        return new AnalysisResult(request, org, period, ledger, figures, report);
    }

    private static AnalysisRequest WithPolicy(AnalysisRequest request)
    {
        var policy = request.PolicyPath is { } path ? PolicyFile.Load(path) : request.Policy with { Definitions = request.Settings };
        return request with { Policy = policy, Settings = policy.Definitions };
    }

    private static long? Latest(long? a, long? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);

    private void Stage(string name, Action work) => Stage(name, () =>
    {
        work();
        return 0;
    });
}
