using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Reporting;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Runs the pipeline of DESIGN.md once: sources, ledger, metrics, policy, report.</summary>
public sealed class Analyzer(TimeProvider clock, StageTimings? timings = null)
{
    public AnalysisResult Run(AnalysisRequest request, WarningLog warnings)
    {
        var org = Stage("people", () => PeopleCsvReader.Read(request.PeoplePath, warnings));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = PeriodChooser.Choose(request.From, request.To, latestActivity: null, today);
        var ledger = new TimeLedger(org.People.Count, period);

        var calculator = new ManagerMetricsCalculator(org, period, request.Settings);
        var figures = Stage("metrics", () => calculator.Compute(ledger));
        var report = Stage("report", () => BuildReport(request, org.People.Count, period, figures, warnings));
        return new AnalysisResult(org, period, ledger, figures, report);
    }

    private static Report BuildReport(
        AnalysisRequest request, int people, Period period, IReadOnlyList<ManagerFigures> figures, WarningLog warnings)
    {
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
                People = people,
                Managers = managers.Count,
                ManagersByRole = Count(managers.Select(m => m.ObservedRole ?? "unknown")),
                ManagersBySpanTier = Count(managers.Select(m => m.SpanTier)),
            },
            Warnings = warnings.Kept,
            WarningCount = warnings.Count,
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
}
