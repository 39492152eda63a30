
namespace ManagerFocus.Time;

/// <summary>Review hours (docs/definitions.md, "Review hours"): one unit per distinct (reviewer, pull request, UTC day) in the period.</summary>
internal static class ReviewTime
{
    private const long SecondsPerDay = 86_400;

    /// <summary>
    /// Adds the review units of the period; returns, for <paramref name="explain"/> (a person's index), each of their
    /// reviews in the period (its index in <see cref="ReviewActivity.Reviews"/>) and whether it counted; else null.
    /// </summary>
    public static List<(int Review, bool Counted)>? AddTo(TimeLedger ledger, ReviewActivity activity, TimeSpan unit, int explain = -1)
    {
        List<(int Review, bool Counted)>? explained = explain >= 0 ? [] : null;
        var index = -1;
        var hours = unit.TotalHours;
        var period = ledger.Period;
        var (lastPullRequest, lastReviewer, lastDay) = (-1, -1, long.MinValue);

        // Reviews come sorted by pull request, reviewer and time, so a repeat on the same day is the previous counted one.
        foreach (var review in activity.Reviews)
        {
            index++;
            if (review.Reviewer >= activity.People || !period.Contains(review.SubmittedUnix))
            {
                continue;
            }

            var day = Math.DivRem(review.SubmittedUnix, SecondsPerDay).Quotient;
            var repeat = review.PullRequest == lastPullRequest && review.Reviewer == lastReviewer && day == lastDay;
            if (review.Reviewer == explain)
            {
                explained!.Add((index, !repeat));
            }

            if (repeat)
            {
                continue;
            }

            ledger.Add(review.Reviewer, Category.Review, review.SubmittedUnix, hours);
            (lastPullRequest, lastReviewer, lastDay) = (review.PullRequest, review.Reviewer, day);
        }

        return explained;
    }
}
