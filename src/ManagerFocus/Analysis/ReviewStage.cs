using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
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
        var explain = state.ExplainedIndex;
        if (ReviewTime.AddTo(ledger, result.Activity, state.Request.Settings.ReviewUnit, explain) is { } explainedReviews)
        {
            state.Request.OnExplainedReviews?.Invoke(Explained(state.Organization, result, ledger.Period, explain, explainedReviews));
        }

        state.ReviewBottleneck = new ReviewBottleneck(state.Organization, result.Activity).For;
    }

    /// <summary>
    /// The explained person's reviews as review hours counted them, each with its pull request and, for a pull request of
    /// someone reporting to them on its creation day, the wait the review bottleneck measures (docs/definitions.md,
    /// "Review bottleneck": the reviewer's first review at or after creation, of a pull request created in the period).
    /// </summary>
    private static List<ExplainedReview> Explained(
        Organization org, ReviewImportResult result, Period period, int person, List<(int Review, bool Counted)> reviews)
    {
        var activity = result.Activity;
        var explained = new List<ExplainedReview>(reviews.Count);
        var waited = new HashSet<int>();
        foreach (var (index, counted) in reviews)
        {
            var review = activity.Reviews[index];
            var pr = activity.PullRequests[review.PullRequest];
            var (repository, number) = result.PullRequestName(review.PullRequest);
            var ofReport = pr.Author >= 0 && pr.HasCreation && period.Contains(pr.CreatedUnix) && review.SubmittedUnix >= pr.CreatedUnix
                && org.ReportsOf(org[person]).Any(r => r.Index == pr.Author)
                && (org.Snapshots.Count <= 1 || org.ManagerOn(pr.Author, Period.DayOf(pr.CreatedUnix)) == person);
            explained.Add(new ExplainedReview
            {
                Repository = OwnerAndName(repository),
                PullRequest = number,
                Submitted = DateTimeOffset.FromUnixTimeSeconds(review.SubmittedUnix),
                Counted = counted,
                Reason = counted ? null : "another review of this pull request on the same UTC day (counted once)",
                Author = pr.Author >= 0 ? org[pr.Author].Id : null,
                // Reviews come in time order per pull request, so the first one met is the first review.
                ReportWaitHours = ofReport && waited.Add(review.PullRequest) ? (review.SubmittedUnix - pr.CreatedUnix) / 3600.0 : null,
            });
        }

        return [.. explained.OrderBy(r => r.Submitted).ThenBy(r => r.Repository, StringComparer.Ordinal).ThenBy(r => r.PullRequest)];
    }

    /// <summary>"owner/name" of a repository named by its API url (https://api.github.com/repos/owner/name); else as named.</summary>
    private static string OwnerAndName(string repository)
    {
        var at = repository.IndexOf("/repos/", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? repository[(at + "/repos/".Length)..] : repository;
    }
}
