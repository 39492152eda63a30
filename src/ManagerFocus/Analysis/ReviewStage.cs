using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Sources.Reviews;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The pipeline's code-review step: imports --reviews, then hands review hours and bottlenecks to the later stages.</summary>
internal static class ReviewStage
{
    public static void Import(PipelineState state)
    {
        var result = ReviewImporter.Read(state.Request.ReviewPaths, state.Organization, state.Warnings);
        if (result.LatestActivityUnix is { } latest)
        {
            state.SawActivity(latest);
        }

        state.AddUnattributed(result.Unattributed.Select(u => new UnattributedIdentity(ReviewImport.Source, u.Login, u.Count)));
        var activity = result.Activity;
        var unit = state.Request.Settings.ReviewUnit;
        state.AddLedgerWriter(ledger =>
        {
            ledger.MarkGiven(Category.Review);
            ReviewTime.AddTo(ledger, activity, unit);
        });
        state.ReviewBottleneck = new ReviewBottleneck(state.Organization, activity).For;
    }
}
