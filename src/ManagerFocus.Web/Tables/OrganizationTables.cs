using System.Globalization;
using ManagerFocus.Activity;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using ManagerFocus.Storage;
using ManagerFocus.Web.Data;
using F = ManagerFocus.Rendering.DashboardFormat;

namespace ManagerFocus.Web.Tables;

/// <summary>The tables of the evidence, data health, policy and audit pages, and a person's explain rows.</summary>
public static class OrganizationTables
{
    /// <summary>Every input with its last import for an administrator; for anyone else only counts per kind (file names name people).</summary>
    public static DataTable Inputs(DashboardView view, IReadOnlyList<StoredSource> sources)
    {
        if (view.Scope.IsEverything)
        {
            return new DataTable("inputs", "Inputs", ["kind", "input", "last imported (UTC)", "records"],
                sources.Select(s => new DataRow([Kind(s.Kind), s.Key, Time(s.ImportedAt), Count(s.Records)])).ToList());
        }

        return new DataTable("inputs", "Inputs", ["kind", "inputs", "last imported (UTC)"],
            sources.GroupBy(s => s.Kind).OrderBy(g => g.Key)
                .Select(g => new DataRow([Kind(g.Key), Count(g.Count()), Time(g.Max(s => s.ImportedAt))])).ToList());
    }

    public static DataTable Policy(PolicyReport p) => new("policy", "Rules in force", ["rule", "severity", "threshold"],
    [
        new(["coding-cap", F.Name(p.CodingCap.Severity), $"coding share at most {F.Threshold(p.CodingCap.MaxCodingShare)}"]),
        new(["hybrid-span", $"{F.Name(p.HybridSpan.SeverityMid)} / {F.Name(p.HybridSpan.SeverityLarge)}",
            $"a manager coding above {F.Threshold(p.HybridSpan.CodingShareAbove)} has at most {p.HybridSpan.MaxReports} reports ({F.Name(p.HybridSpan.SeverityMid)} up to {p.HybridSpan.MidMaxReports}, {F.Name(p.HybridSpan.SeverityLarge)} above)"]),
        new(["one-on-ones", F.Name(p.OneOnOnes.Severity), $"coverage over the last {p.OneOnOnes.CoverageDays} days at least {F.Threshold(p.OneOnOnes.MinCoverage)}"]),
        new(["track-match", F.Name(p.TrackMatch.Severity), $"a declared hybrid has at most {p.TrackMatch.HybridMaxReports} reports"]),
        new(["review-bottleneck", F.Name(p.ReviewBottleneck.Severity), $"median wait at most {F.Number(p.ReviewBottleneck.MaxRatio)} times the others'"]),
        new(["span tiers", "-", $"small up to {p.SpanTiers.SmallMax}, mid up to {p.SpanTiers.MidMax} reports"]),
        new(["observed roles", "-", $"coding-manager above {F.Threshold(p.ObservedRoles.CodingManagerShare)} coding share, hybrid above {F.Threshold(p.ObservedRoles.HybridShare)}"]),
        new(["minimum group size", "-", $"groups smaller than {p.MinimumGroupSize} are withheld"]),
    ]);

    public static DataTable Evidence(EvidenceReport? evidence)
    {
        var rows = new List<DataRow>();
        if (evidence?.Satisfaction is { } s)
        {
            rows.Add(new(["satisfaction", "coding-manager teams", Count(s.CodingManagerTeams.Teams), Count(s.CodingManagerTeams.Members), F.Number(s.CodingManagerTeams.Mean), "", ""]));
            rows.Add(new(["satisfaction", "other teams", Count(s.OtherTeams.Teams), Count(s.OtherTeams.Members), F.Number(s.OtherTeams.Mean),
                $"relative difference {F.Percent(s.RelativeDifference)}", Interval(s.Interval) + (s.Withheld is { } w ? $" withheld: {w}" : "")]));
        }

        if (evidence?.Turnover is { } t)
        {
            rows.Add(new(["turnover", "coding-manager teams", Count(t.CodingManagerTeams.Teams), Count(t.CodingManagerTeams.Members), F.Number(t.CodingManagerTeams.Rate), "", ""]));
            rows.Add(new(["turnover", "other teams", Count(t.OtherTeams.Teams), Count(t.OtherTeams.Members), F.Number(t.OtherTeams.Rate),
                $"ratio {F.Number(t.Ratio)}", Interval(t.Interval) + (t.Withheld is { } w ? $" withheld: {w}" : "")]));
        }

        return new DataTable("evidence", "Outcome evidence", ["evidence", "group", "teams", "members", "mean or rate", "comparison", "95% interval"], rows)
        {
            Empty = "No outcome evidence: the workspace holds no survey and no exits file.",
        };
    }

    public static DataTable Explain(ExplainReport report) => new("explain", $"Calendar occurrences of {report.Name}",
        ["start (UTC)", "end (UTC)", "minutes", "kind", "counted", "why not, or where it counts", "calendar of", "with", "source"],
        report.Occurrences.Select(o => new DataRow([
            o.Start, o.End, F.Number(o.Minutes), o.Kind, o.Counted ? "yes" : "no", o.Reason ?? "", o.Calendar, o.With ?? "", o.Location,
        ])).ToList())
    { Empty = "No calendar occurrence in this period (or the workspace holds no calendars)." };

    /// <summary>The explain rows grouped by kind and counted or not: how many, and their minutes.</summary>
    public static DataTable ExplainGroups(ExplainReport report) => new("explain-groups", "Occurrences by kind",
        ["kind", "counted", "occurrences"],
        report.Occurrences.GroupBy(o => (o.Kind, o.Counted)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenByDescending(g => g.Key.Counted)
            .Select(g => new DataRow([g.Key.Kind, g.Key.Counted ? "yes" : "no", Count(g.Count())])).ToList());

    public static DataTable Audit(IReadOnlyList<AuditEntry> entries) => new("audit", "Who viewed whose figures", ["at (UTC)", "viewer", "subject", "what", "period"],
        entries.Select(e => new DataRow([Time(e.At), e.Viewer, e.Subject, e.Action, e.Period])).ToList())
    { Empty = "Nobody has viewed these figures yet (lines are written within a second)." };

    private static string Kind(SourceKind kind) => kind.ToString().ToLowerInvariant();

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Interval(IReadOnlyList<double?>? interval) =>
        interval is [var low, var high] ? $"{F.Number(low)} to {F.Number(high)}" : "";
}
