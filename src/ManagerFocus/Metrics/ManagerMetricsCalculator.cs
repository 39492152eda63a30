using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Metrics;

/// <summary>Turns the ledger and the organization into per-manager figures (docs/definitions.md, "Shares" to "Observed role").</summary>
public sealed class ManagerMetricsCalculator(Organization org, Period period, MetricSettings settings)
{
    /// <summary>People with at least one report employed at some time in the period, themselves employed in it.</summary>
    public IEnumerable<Person> Managers() =>
        org.People.Where(p => IsEmployedInPeriod(p) && org.ReportsOf(p).Any(IsEmployedInPeriod));

    public IReadOnlyList<ManagerFigures> Compute(
        TimeLedger ledger,
        IReadOnlyCollection<OneOnOneMeeting>? oneOnOnes = null,
        Func<Person, ReviewBottleneckFigures?>? bottleneck = null)
    {
        var lastDay = period.To.AddDays(-1);
        var covered = oneOnOnes is null ? null : CoveredPairs(oneOnOnes);
        var figures = new List<ManagerFigures>();
        foreach (var manager in Managers())
        {
            var reports = org.DirectReportsOn(manager, lastDay);
            var working = WorkingHours.For(manager, period);
            double? Hours(Category c) => ledger.IsGiven(c) ? ledger.Total(manager.Index, c) : null;
            var coding = Hours(Category.Coding);
            var without = covered is null ? null : reports.Where(r => !covered.Contains((manager.Index, r.Index))).ToList();
            figures.Add(new ManagerFigures
            {
                Manager = manager,
                DirectReports = reports,
                SpanTier = settings.TierOf(reports.Count),
                WorkingHours = working,
                CodingHours = coding,
                ReviewHours = Hours(Category.Review),
                MeetingHours = Hours(Category.Meeting),
                OneOnOneHours = Hours(Category.OneOnOne),
                OneOnOneCoverage = without is null || reports.Count == 0 ? null : (reports.Count - without.Count) / (double)reports.Count,
                ReportsWithoutOneOnOne = without,
                ReviewBottleneck = bottleneck?.Invoke(manager),
                ObservedRole = coding is { } c2 && working > 0 ? settings.RoleOf(reports.Count, c2 / working)
                    : reports.Count == 0 ? ObservedRole.Ic : null,
            });
        }

        return figures;
    }

    private bool IsEmployedInPeriod(Person person) => period.EmployedDays(person) > 0;

    private HashSet<(int Manager, int Report)> CoveredPairs(IEnumerable<OneOnOneMeeting> meetings)
    {
        var window = period.Last(settings.CoverageDays);
        return meetings
            .Where(m => window.Contains(m.StartUnix))
            .Select(m => (m.Manager, m.Report))
            .ToHashSet();
    }
}
