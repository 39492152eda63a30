using ManagerFocus.Sources.Git;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The git step of the pipeline: reads --git paths before the period is chosen, writes coding hours once it is.</summary>
internal static class GitStage
{
    public static void Import(PipelineState state)
    {
        var request = state.Request;
        // With --from or --to the period is known now; otherwise keep the reach of the default period.
        Period? period = request.From is null && request.To is null
            ? null
            : PeriodChooser.Choose(request.From, request.To, null, DateOnly.MinValue);
        var log = new GitImporter(state.Organization.Identities, request.Settings, state.Warnings).Import(request.GitPaths, period);
        if (log.LatestAuthorUnix is { } latest)
        {
            state.SawActivity(latest);
        }

        state.AddLedgerWriter(ledger =>
        {
            ledger.MarkGiven(Category.Coding);
            log.AddCoding(ledger, request.Settings);
            state.AddUnattributed(log.Unattributed(ledger.Period));
            var (botCommits, bots) = log.BotCommits(ledger.Period);
            if (botCommits > 0)
            {
                state.Warnings.Add(GitImporter.Source, string.Join(", ", request.GitPaths),
                    $"{botCommits} commit(s) by {bots.Count} bot author(s) skipped: {string.Join(", ", bots.Take(5))}{(bots.Count > 5 ? ", ..." : string.Empty)}");
            }
        });
    }
}
