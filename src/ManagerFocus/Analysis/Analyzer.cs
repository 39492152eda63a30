using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Reporting;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Runs the pipeline of DESIGN.md once: sources, ledger, metrics, policy, report.</summary>
public sealed partial class Analyzer(TimeProvider clock, StageTimings? timings = null)
{
    public AnalysisResult Run(AnalysisRequest request, WarningLog warnings)
    {
        var org = Stage("people", () => PeopleCsvReader.Read(request.PeoplePath, warnings));
        var state = new PipelineState(request, org, warnings);

        // Sources whose dates set the default period come first.
        ImportDatedSources(state);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latest = state.LatestActivityUnix is { } unix ? Period.DayOf(unix) : (DateOnly?)null;
        var period = PeriodChooser.Choose(request.From, request.To, latest, today);

        ImportPeriodSources(state, period);

        var ledger = new TimeLedger(org.People.Count, period);
        foreach (var write in state.LedgerWriters)
        {
            write(ledger);
        }

        var calculator = new ManagerMetricsCalculator(org, period, request.Settings);
        var bottleneck = state.ReviewBottleneck;
        var figures = Stage("metrics", () => calculator.Compute(
            ledger, state.OneOnOnes, bottleneck is null ? null : manager => bottleneck(manager, period)));
        var report = Stage("report", () => BuildReport(state, period, figures));
        return new AnalysisResult(org, period, ledger, figures, report);
    }

    /// <summary>Git and code review: read before the period is chosen, since their latest dates set it.</summary>
    private void ImportDatedSources(PipelineState state)
    {
    }

    /// <summary>Calendars: expanded only inside the chosen period.</summary>
    private void ImportPeriodSources(PipelineState state, Period period)
    {
        if (state.Request.CalendarPaths.Count > 0)
        {
            Stage("calendars", () => CalendarStage.Import(state, period));
        }
    }

    private static Report BuildReport(PipelineState state, Period period, IReadOnlyList<ManagerFigures> figures)
    {
        var request = state.Request;
        var managers = figures
            .OrderBy(f => f.Manager.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Manager.Id, StringComparer.Ordinal)
            .Select(f => ManagerReportBuilder.Build(f, [], []))
            .ToList();
        return new Report
        {
            Period = new ReportPeriod(period.From, period.To),
            Managers = managers,
            Summary = new OrganizationSummary
            {
                People = state.Organization.People.Count,
                Managers = managers.Count,
                ManagersByRole = Count(managers.Select(m => m.ObservedRole ?? "unknown")),
                ManagersBySpanTier = Count(managers.Select(m => m.SpanTier)),
                Unattributed = state.Unattributed.OrderByDescending(u => u.Count).ThenBy(u => u.Identity, StringComparer.Ordinal).ToList(),
            },
            Warnings = state.Warnings.Kept,
            WarningCount = state.Warnings.Count,
            Inputs = new ReportInputs
            {
                People = request.PeoplePath,
                Git = request.GitPaths,
                Calendar = request.CalendarPaths,
                Reviews = request.ReviewPaths,
                Survey = request.SurveyPath,
                Exits = request.ExitsPath,
                Policy = request.PolicyPath,
                Demo = request.Demo,
            },
        };
    }

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);

    private void Stage(string name, Action work) => Stage(name, () =>
    {
        work();
        return 0;
    });
}
