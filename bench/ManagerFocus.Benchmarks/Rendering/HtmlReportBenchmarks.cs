using BenchmarkDotNet.Attributes;
using ManagerFocus.Rendering;
using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;

namespace ManagerFocus.Benchmarks.Rendering;

/// <summary>The HTML report (three ScottPlot charts and the tables) for the target organization's 1,000 managers.</summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private Report _report = null!;

    [Params(100, 1000)]
    public int Managers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var managers = Enumerable.Range(0, Managers).Select(i =>
        {
            var coding = Math.Round(random.NextDouble() * 0.6, 3);
            var reports = 1 + random.Next(15);
            return new ManagerReport
            {
                Id = $"m{i:D4}",
                Name = $"Manager {i:D4}",
                DirectReports = reports,
                SpanTier = reports <= 5 ? SpanTier.Small : reports <= 10 ? SpanTier.Mid : SpanTier.Large,
                WorkingHours = 520,
                CodingShare = coding,
                ReviewShare = 0.08,
                MeetingShare = 0.3,
                OneOnOneShare = 0.06,
                OneOnOneCoverage = Math.Round(random.NextDouble(), 3),
                ObservedRole = coding > 0.3 ? ObservedRole.CodingManager : coding > 0.1 ? ObservedRole.Hybrid : ObservedRole.Manager,
                Violations = coding > 0.3 ? [new ViolationReport("coding-cap", Severity.Error, $"coding share {coding:0.00} > 0.30")] : [],
            };
        }).ToList();
        _report = new Report
        {
            Period = new ReportPeriod(new DateOnly(2026, 8, 3), new DateOnly(2026, 11, 2)),
            Managers = managers,
            Summary = new OrganizationSummary
            {
                People = Managers * 10,
                Managers = Managers,
                ManagersByRole = new Dictionary<string, int>(),
                ManagersBySpanTier = new Dictionary<string, int>(),
                CodingManagersBySpanTier = new Dictionary<string, int>(),
                ManagersBreakingErrorRules = managers.Count(m => m.Violations.Count > 0),
                PeopleByDeclaredTrack = new Dictionary<string, int>(),
                PeopleByLevel = new Dictionary<string, int>(),
                SeparateTracks = true,
            },
            Warnings = [],
            Inputs = new ReportInputs { People = "people.csv" },
            Policy = PolicyReport.Of(PolicySettings.Default),
        };
    }

    [Benchmark]
    public long Render()
    {
        using var writer = new StringWriter();
        new HtmlReportRenderer().Render(_report, writer);
        return writer.GetStringBuilder().Length;
    }
}
