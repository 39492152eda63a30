using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using ManagerFocus.Web.Data;
using F = ManagerFocus.Rendering.DashboardFormat;

namespace ManagerFocus.Web.Tables;

/// <summary>The organization home's table and the manager page's tables, from the report's rows in the viewer's scope.</summary>
public static class ManagerTables
{
    public static readonly IReadOnlyList<string> SortKeys = ["rules", "name", "role", "span", "coding", "review", "meetings", "one-on-ones", "coverage", "wait"];

    public static DataTable Managers(DashboardView view, string? sort, bool descending)
    {
        var rows = Sorted(view.Scope.Managers, sort, descending).Select(m => new DataRow(
            [
                m.Name, m.Id, F.Name(m.ObservedRole), F.Name(m.DeclaredTrack), m.DirectReports.ToString(System.Globalization.CultureInfo.InvariantCulture),
                F.Name(m.SpanTier), F.Percent(m.CodingShare), F.Percent(m.ReviewShare), F.Percent(m.MeetingShare), F.Percent(m.OneOnOneShare),
                F.Percent(m.OneOnOneCoverage), F.Hours(m.ReviewBottleneck?.ManagerMedianHours), F.Hours(m.ReviewBottleneck?.OthersMedianHours),
                Rendering.Trend.Coding(m.Weeks, view.Period.Report.Policy.CodingCap.MaxCodingShare), Rules(m),
            ],
            [Link.Manager(m.Id, view)],
            Worst(m) switch { Severity.Error => "error", Severity.Warning => "warning", _ => null })).ToList();
        return new DataTable("managers", "Managers", [
            "manager", "id", "observed role", "declared track", "direct reports", "span tier", "coding share", "review share",
            "meeting share", "one-on-one share", "one-on-one coverage", "review wait (h, median)", "others' review wait (h, median)",
            "coding share week by week", "broken rules",
        ], rows) { Empty = "No manager in your scope for this period." };
    }

    public static DataTable TimeSplit(ManagerReport m) => new("time-split", "Time split", ["category", "hours", "share of working hours"],
    [
        new(["working hours", F.Hours(m.WorkingHours), "100%"]),
        new(["coding", F.Hours(m.CodingHours), F.Percent(m.CodingShare)]),
        new(["code review", F.Hours(m.ReviewHours), F.Percent(m.ReviewShare)]),
        new(["meetings (all)", F.Hours(m.MeetingHours), F.Percent(m.MeetingShare)]),
        new(["of which one-on-ones", F.Hours(m.OneOnOneHours), F.Percent(m.OneOnOneShare)]),
    ]);

    /// <summary>The report's weekly series of one manager: a row per week of the period.</summary>
    public static DataTable Weeks(ManagerReport m) => new("weeks", "Week by week", ["week of", "days", "working hours", "coding", "code review", "meetings", "one-on-ones", "direct reports"],
        m.Weeks.Select(w => new DataRow([
            w.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), w.Days.ToString(System.Globalization.CultureInfo.InvariantCulture),
            F.Hours(w.WorkingHours), F.Hours(w.CodingHours), F.Hours(w.ReviewHours), F.Hours(w.MeetingHours), F.Hours(w.OneOnOneHours),
            w.DirectReports.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ])).ToList())
    { Empty = "The report carries no weekly series for this manager." };

    public static DataTable Span(ManagerReport m, DashboardView view) => new("span", "Span and one-on-ones", ["figure", "value"],
    [
        new(["direct reports", m.DirectReports.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
        new(["span tier", F.Name(m.SpanTier)]),
        new(["observed role", F.Name(m.ObservedRole)]),
        new(["declared track", F.Name(m.DeclaredTrack)]),
        new([$"one-on-one coverage (last {view.Period.Report.Policy.OneOnOnes.CoverageDays} days)", F.Percent(m.OneOnOneCoverage)]),
    ]);

    /// <summary>Reports without a recent one-on-one, by name, each linking to their evidence when the viewer may see it.</summary>
    public static DataTable WithoutOneOnOne(ManagerReport m, DashboardView view)
    {
        var manager = view.Organization().Find(m.Id);
        var reports = manager is null ? [] : view.Organization().DirectReportsOn(manager, view.Period.To.AddDays(-1));
        var rows = (m.ReportsWithoutOneOnOne ?? []).Select(name =>
        {
            var ids = reports.Where(r => r.Name == name).Select(r => r.Id).ToList();
            var link = ids.Count == 1 && view.Scope.Contains(ids[0]) ? Link.Explain(ids[0], view) : null;
            return new DataRow([name, ids.Count == 1 ? ids[0] : ""], [link]);
        }).ToList();
        return new DataTable("without-one-on-one", "Reports without a recent one-on-one", ["report", "id"], rows)
        {
            Empty = m.ReportsWithoutOneOnOne is null ? "Not measured: the workspace holds no calendars." : "Every report had a recent one-on-one.",
        };
    }

    public static DataTable ReviewWait(ManagerReport m) => new("review-wait", "Review wait against other reviewers",
        ["manager's median hours to first review", "other reviewers' median hours", "pull requests"],
        m.ReviewBottleneck is { } b
            ? [new([F.Hours(b.ManagerMedianHours), F.Hours(b.OthersMedianHours), b.PullRequests.ToString(System.Globalization.CultureInfo.InvariantCulture)])]
            : [])
    { Empty = "Not measured: no reviews by this manager in the period, or no review export." };

    public static DataTable Violations(ManagerReport m) => new("violations", "Broken rules", ["rule", "severity", "what breaks it"],
        m.Violations.Select(v => new DataRow([v.Rule, F.Name(v.Severity), v.Message], null, F.Name(v.Severity))).ToList())
    { Empty = "No rule broken." };

    public static DataTable Recommendations(ManagerReport m) => new("recommendations", "Recommendations", ["priority", "kind", "advice"],
        m.Recommendations.Select(r => new DataRow([r.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture), F.Name(r.Kind), r.Message])).ToList())
    { Empty = "No recommendation." };

    private static string Rules(ManagerReport m) =>
        m.Violations.Count == 0 ? "" : string.Join("; ", m.Violations.Select(v => $"{v.Rule} ({F.Name(v.Severity)})"));

    private static Severity Worst(ManagerReport m) => m.Violations.Count == 0 ? Severity.Off : m.Violations.Max(v => v.Severity);

    private static IEnumerable<ManagerReport> Sorted(IReadOnlyList<ManagerReport> managers, string? sort, bool descending)
    {
        IOrderedEnumerable<ManagerReport> By<T>(Func<ManagerReport, T> key) =>
            descending ? managers.OrderByDescending(key) : managers.OrderBy(key);

        var sorted = sort switch
        {
            "name" => By(m => m.Name),
            "role" => By(m => m.ObservedRole),
            "span" => By(m => m.DirectReports),
            "coding" => By(m => m.CodingShare),
            "review" => By(m => m.ReviewShare),
            "meetings" => By(m => m.MeetingShare),
            "one-on-ones" => By(m => m.OneOnOneShare),
            "coverage" => By(m => m.OneOnOneCoverage),
            "wait" => By(m => m.ReviewBottleneck?.ManagerMedianHours),
            // Broken rules first: errors, then warnings, then the rest.
            _ => managers.OrderByDescending(Worst).ThenByDescending(m => m.Violations.Count),
        };
        return sorted.ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Id, StringComparer.Ordinal);
    }
}
