namespace ManagerFocus.Time;

/// <summary>The normalized output of the review import: pull requests and their counting reviews, linked and attributed.</summary>
internal sealed class ReviewActivity
{
    private readonly PullRequestActivity[] _pullRequests;
    private readonly SubmittedReview[] _reviews;
    private readonly int[] _firstReview;

    /// <param name="reviews">Sorted by pull request, reviewer, then time.</param>
    public ReviewActivity(int people, PullRequestActivity[] pullRequests, SubmittedReview[] reviews)
    {
        People = people;
        _pullRequests = pullRequests;
        _reviews = reviews;
        _firstReview = new int[pullRequests.Length + 1];
        foreach (var review in reviews)
        {
            _firstReview[review.PullRequest + 1]++;
        }

        for (var i = 0; i < pullRequests.Length; i++)
        {
            _firstReview[i + 1] += _firstReview[i];
        }
    }

    /// <summary>Number of people in the organization; reviewers at or above it are unknown logins.</summary>
    public int People { get; }

    public ReadOnlySpan<PullRequestActivity> PullRequests => _pullRequests;

    /// <summary>Every counting review, sorted by pull request, reviewer, then submission time.</summary>
    public ReadOnlySpan<SubmittedReview> Reviews => _reviews;

    /// <summary>The reviews of one pull request, sorted by reviewer, then submission time.</summary>
    public ReadOnlySpan<SubmittedReview> ReviewsOf(int pullRequest) =>
        _reviews.AsSpan(_firstReview[pullRequest], _firstReview[pullRequest + 1] - _firstReview[pullRequest]);
}
