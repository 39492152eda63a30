namespace ManagerFocus.Time;

/// <summary>
/// A submitted review that counts, on someone else's pull request. <see cref="Reviewer"/> is a person index, or
/// <see cref="ReviewActivity.People"/> plus a login id for a login that matched nobody.
/// </summary>
internal readonly record struct SubmittedReview(int PullRequest, int Reviewer, long SubmittedUnix);
