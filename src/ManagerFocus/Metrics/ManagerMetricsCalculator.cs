using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Metrics;

/// <summary>
/// Turns the ledger and the dated organization into per-manager figures (docs/definitions.md, "Shares" to "Observed role",
/// and "Weekly series"); the reporting line of each day is the snapshot in force that day.
/// </summary>
public sealed class ManagerMetricsCalculator(Organization org, Period period, MetricSettings settings)
{
    /// <summary>People employed in the period who had a direct report employed on some day of it.</summary>
    public IEnumerable<Person> Managers() =>
        org.People.Where(p => IsEmployedInPeriod(p) && org.ReportsOf(p).Any(r => period.Days(org.ReportingOf(p.Index, r.Index)) > 0));

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
            var working = WorkingHours.For(org, manager, period);
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
                Weeks = Weeks(ledger, manager),
                LineChanges = LineChanges(manager),
            });
        }

        return figures;
    }

    /// <summary>One entry per week overlapping the period, clipped to it; the ledger's weeks are the same Monday weeks.</summary>
    private List<WeekFigures> Weeks(TimeLedger ledger, Person manager)
    {
        var weeks = new List<WeekFigures>(period.WeekCount);
        for (var week = 0; week < period.WeekCount; week++)
        {
            var (from, to) = period.WeekDays(week);
            double? Hours(Category c) => ledger.IsGiven(c) ? ledger.Week(manager.Index, week, c) : null;
            weeks.Add(new WeekFigures(
                period.WeekStart(week), to.DayNumber - from.DayNumber, WorkingHours.For(org, manager, from, to),
                Hours(Category.Coding), Hours(Category.Review), Hours(Category.Meeting), Hours(Category.OneOnOne),
                org.DirectReportsOn(manager, to.AddDays(-1)).Count));
        }

        return weeks;
    }

    /// <summary>Snapshot starts inside the period that change the manager's own manager or the people reporting to them.</summary>
    private List<DateOnly> LineChanges(Person manager)
    {
        var changes = new List<DateOnly>();
        for (var i = 1; i < org.Snapshots.Count; i++)
        {
            var (before, after) = (org.Snapshots[i - 1], org.Snapshots[i]);
            if (period.Contains(after.From) && after.From > period.From
                && (before.ManagerOf(manager.Index) != after.ManagerOf(manager.Index)
                    || !before.ReportsOf(manager.Index).SequenceEqual(after.ReportsOf(manager.Index))))
            {
                changes.Add(after.From);
            }
        }

        return changes;
    }

    private bool IsEmployedInPeriod(Person person) => period.EmployedDays(org, person) > 0;

    private HashSet<(int Manager, int Report)> CoveredPairs(IEnumerable<OneOnOneMeeting> meetings)
    {
        var window = period.Last(settings.CoverageDays);
        return meetings
            .Where(m => window.Contains(m.StartUnix))
            .Select(m => (m.Manager, m.Report))
            .ToHashSet();
    }
}
