using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The code-review step of the analysis: review hours, unattributed logins and the bottleneck figures per manager.</summary>
internal static class ReviewStage
{
    public static void AddReviews(PipelineState state, ReviewImportResult result, TimeLedger ledger)
    {
        state.AddUnattributed(result.Unattributed(ledger.Period).Select(u => new UnattributedIdentity(ReviewLinker.Source, u.Login, u.Count)));
        var (reviews, unattributed) = result.Attribution(ledger.Period);
        state.ReviewAttribution = UnattributedShare.Of(reviews, unattributed);
        UnattributedShare.Warn(state, ReviewLinker.Source, state.Request.Workspace ?? string.Join(", ", state.Request.ReviewPaths),
            state.ReviewAttribution, "reviews");
        ledger.MarkGiven(Category.Review);
        ReviewTime.AddTo(ledger, result.Activity, state.Request.Settings.ReviewUnit);
        state.ReviewBottleneck = new ReviewBottleneck(state.Organization, result.Activity).For;
    }
}
