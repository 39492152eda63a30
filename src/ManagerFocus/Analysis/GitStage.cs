using ManagerFocus.Activity;
using ManagerFocus.Reporting;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The git step of the analysis: coding hours of the attributed commits, unattributed identities and skipped bots.</summary>
internal static class GitStage
{
    public static void AddCoding(PipelineState state, CommitLog log, TimeLedger ledger)
    {
        ledger.MarkGiven(Category.Coding);
        if (log.AddCoding(ledger, state.Request.Settings, state.ExplainedIndex) is { } sessions)
        {
            state.Request.OnExplainedSessions?.Invoke(sessions);
        }

        state.AddUnattributed(log.Unattributed(ledger.Period));
        if (log.MatchedByName is { Count: > 0 } named)
        {
            var people = state.Organization.People;
            var shown = string.Join(", ", named.Take(10).Select(n => $"{n.Identity} as {people[n.Person].Id}"));
            state.Warnings.Notice(CommitLog.Source, state.Request.Workspace ?? string.Join(", ", state.Request.GitPaths),
                $"{named.Count} commit author(s) attributed by their exact name, no email or alias matching: {shown}"
                + (named.Count > 10 ? $" and {named.Count - 10} more" : "") + "; add the email to the person's aliases to make it explicit");
        }

        if (log.MatchedByEmail is { Count: > 0 } shared)
        {
            var people = state.Organization.People;
            var shown = string.Join(", ", shared.Take(10).Select(n => $"{n.Identity} as {people[n.Person].Id}"));
            state.Warnings.Notice(CommitLog.Source, state.Request.Workspace ?? string.Join(", ", state.Request.GitPaths),
                $"{shared.Count} commit author spelling(s) attributed through another spelling with the same email: {shown}"
                + (shared.Count > 10 ? $" and {shared.Count - 10} more" : ""));
        }

        var (commits, unattributed) = log.Attribution(ledger.Period);
        state.CommitAttribution = UnattributedShare.Of(commits, unattributed);
        UnattributedShare.Warn(state, CommitLog.Source, state.Request.Workspace ?? string.Join(", ", state.Request.GitPaths),
            state.CommitAttribution, "commits");

        var (botCommits, bots) = log.BotCommits(ledger.Period);
        if (botCommits > 0)
        {
            state.Warnings.Notice(CommitLog.Source, state.Request.Workspace ?? string.Join(", ", state.Request.GitPaths),
                $"{botCommits} commit(s) by {bots.Count} bot author(s) skipped: {string.Join(", ", bots.Take(5))}{(bots.Count > 5 ? ", ..." : string.Empty)}");
        }
    }

    /// <summary>
    /// Each repository read and how many commits it gave, authored in the period and in total (docs/definitions.md,
    /// "Repositories found"); a commit found in two repositories counts in both, bots included.
    /// </summary>
    public static IReadOnlyList<RepositoryReport> Repositories(IReadOnlyList<RepositoryActivity> repositories, Period period) =>
        repositories
            .Select(r => new RepositoryReport(r.Repository, r.Commits.Count(c => c.AuthorUnix >= period.StartUnix && c.AuthorUnix < period.EndUnix), r.Commits.Count))
            .OrderBy(r => r.Repository, StringComparer.Ordinal)
            .ToList();
}
