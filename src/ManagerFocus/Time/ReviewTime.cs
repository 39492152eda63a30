
namespace ManagerFocus.Time;

/// <summary>Review hours (docs/definitions.md, "Review hours"): one unit per distinct (reviewer, pull request, UTC day) in the period.</summary>
internal static class ReviewTime
{
    private const long SecondsPerDay = 86_400;

    public static void AddTo(TimeLedger ledger, ReviewActivity activity, TimeSpan unit)
    {
        var hours = unit.TotalHours;
        var period = ledger.Period;
        var (lastPullRequest, lastReviewer, lastDay) = (-1, -1, long.MinValue);

        // Reviews come sorted by pull request, reviewer and time, so a repeat on the same day is the previous counted one.
        foreach (var review in activity.Reviews)
        {
            if (review.Reviewer >= activity.People || !period.Contains(review.SubmittedUnix))
            {
                continue;
            }

            var day = Math.DivRem(review.SubmittedUnix, SecondsPerDay).Quotient;
            if (review.PullRequest == lastPullRequest && review.Reviewer == lastReviewer && day == lastDay)
            {
                continue;
            }

            ledger.Add(review.Reviewer, Category.Review, review.SubmittedUnix, hours);
            (lastPullRequest, lastReviewer, lastDay) = (review.PullRequest, review.Reviewer, day);
        }
    }
}
