using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The git step of the analysis: coding hours of the attributed commits, unattributed identities and skipped bots.</summary>
internal static class GitStage
{
    public static void AddCoding(PipelineState state, CommitLog log, TimeLedger ledger)
    {
        ledger.MarkGiven(Category.Coding);
        log.AddCoding(ledger, state.Request.Settings);
        state.AddUnattributed(log.Unattributed(ledger.Period));
        var (botCommits, bots) = log.BotCommits(ledger.Period);
        if (botCommits > 0)
        {
            state.Warnings.Add(CommitLog.Source, state.Request.Workspace ?? string.Join(", ", state.Request.GitPaths),
                $"{botCommits} commit(s) by {bots.Count} bot author(s) skipped: {string.Join(", ", bots.Take(5))}{(bots.Count > 5 ? ", ..." : string.Empty)}");
        }
    }
}
