namespace ManagerFocus.Rendering;

/// <summary>
/// One review the person submitted, as `explain` prints it: pull request, time (UTC ISO 8601) and UTC day, whether it
/// adds to review hours and why not, the pull request's author and, for a report's pull request, the wait it measures.
/// </summary>
public sealed record ExplainReviewRow(
    string Repository,
    int PullRequest,
    string Submitted,
    string Day,
    bool Counted,
    string? Reason,
    string? Author,
    double? ReportWaitHours);
