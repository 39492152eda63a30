using System.Globalization;
using ManagerFocus.Rendering;
using F = ManagerFocus.Rendering.DashboardFormat;

namespace ManagerFocus.Web.Tables;

/// <summary>The drill-down's coding sessions and reviews (the rows of `explain`; never a commit message or a title).</summary>
public static class ExplainTables
{
    public static DataTable Sessions(ExplainReport report) => new("explain-sessions",
        $"Coding sessions of {report.Name}: coding hours {F.Hours(report.Totals.CodingHours)}",
        ["first commit (UTC)", "last commit (UTC)", "hours", "commits", "repositories", "commit times (UTC)"],
        (report.CodingSessions ?? []).Select(s => new DataRow([
            s.FirstCommit, s.LastCommit, F.Number(s.Hours), s.CommitCount.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", s.Repositories), string.Join(" ", s.Commits.Select(c => c.Time)),
        ])).ToList())
    {
        Empty = report.CodingSessions is null
            ? "The workspace holds no git input: coding hours are unknown, not zero."
            : "No coding session in this period.",
    };

    public static DataTable Reviews(ExplainReport report) => new("explain-reviews",
        $"Reviews by {report.Name}: review hours {F.Hours(report.Totals.ReviewHours)}",
        ["submitted (UTC)", "day (UTC)", "repository", "pull request", "counted", "why not", "author", "wait of a report (hours)"],
        (report.Reviews ?? []).Select(r => new DataRow([
            r.Submitted, r.Day, r.Repository, r.PullRequest.ToString(CultureInfo.InvariantCulture), r.Counted ? "yes" : "no",
            r.Reason ?? "", r.Author ?? "", r.ReportWaitHours is { } w ? F.Number(w) : "",
        ])).ToList())
    {
        Empty = report.Reviews is null
            ? "The workspace holds no review input: review hours are unknown, not zero."
            : "No review submitted in this period.",
    };
}
