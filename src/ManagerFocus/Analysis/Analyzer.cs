using System.Runtime.ExceptionServices;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Runs the pipeline once (docs/definitions.md, "How a report is made"): sources, ledger, metrics, policy, report.</summary>
public sealed class Analyzer(TimeProvider clock, StageTimings? timings = null)
{
    public AnalysisResult Run(AnalysisRequest request, WarningLog warnings)
    {
        var policy = request.PolicyPath is { } policyPath ? PolicyFile.Load(policyPath) : request.Policy with { Definitions = request.Settings };
        request = request with { Policy = policy, Settings = policy.Definitions };
        var org = Stage("people", () => PeopleCsvReader.Read(request.PeoplePath, warnings));
        if (request.ExplainPersonId is { } explain && org.Find(explain) is null)
        {
            throw UserError.InvalidOption("--person", explain, "no person has this id in the people file");
        }

        var state = new PipelineState(request, org, warnings);

        // Sources whose dates set the default period come first.
        ImportDatedSources(state);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latest = state.LatestActivityUnix is { } unix ? Period.DayOf(unix) : (DateOnly?)null;
        var period = PeriodChooser.Choose(request.From, request.To, latest, today);

        ImportPeriodSources(state, period);

        var ledger = new TimeLedger(org.People.Count, period);
        Stage("ledger", () =>
        {
            foreach (var write in state.LedgerWriters)
            {
                write(ledger);
            }
        });

        var calculator = new ManagerMetricsCalculator(org, period, request.Settings);
        var bottleneck = state.ReviewBottleneck;
        var figures = Stage("metrics", () => calculator.Compute(
            ledger, state.OneOnOnes, bottleneck is null ? null : manager => bottleneck(manager, period)));
        var outcomes = Stage("outcomes", () => OutcomeStage.Evaluate(state, period, figures));
        var report = Stage("report", () => new ReportAssembler(state, period, ledger.IsGiven(Category.Coding)).Assemble(figures, outcomes));
        return new AnalysisResult(request, org, period, ledger, figures, report);
    }

    /// <summary>Git and code review: read before the period is chosen, since their latest dates set it.</summary>
    private void ImportDatedSources(PipelineState state)
    {
        // git's own process keeps one core busy, so reviews are read beside it.
        try
        {
            Parallel.Invoke(
                () =>
                {
                    if (state.Request.GitPaths.Count > 0)
                    {
                        Stage("git", () => GitStage.Import(state));
                    }
                },
                () =>
                {
                    if (state.Request.ReviewPaths.Count > 0)
                    {
                        Stage("reviews", () => ReviewStage.Import(state));
                    }
                });
        }
        catch (AggregateException e)
        {
            // A user error in either source is reported as itself, not wrapped.
            ExceptionDispatchInfo.Throw(e.InnerExceptions.OfType<UserError>().FirstOrDefault() ?? e.InnerExceptions[0]);
        }
    }

    /// <summary>Calendars: expanded only inside the chosen period.</summary>
    private void ImportPeriodSources(PipelineState state, Period period)
    {
        if (state.Request.CalendarPaths.Count > 0)
        {
            Stage("calendars", () => CalendarStage.Import(state, period));
        }
    }

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);

    private void Stage(string name, Action work) => Stage(name, () =>
    {
        work();
        return 0;
    });
}
