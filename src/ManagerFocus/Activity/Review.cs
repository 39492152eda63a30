namespace ManagerFocus.Activity;

/// <summary>
/// A submitted review in a counting state (approved, changes requested, commented) of one pull request:
/// review id (the export's <c>id</c>), reviewer login and submission time. Never its body.
/// </summary>
public readonly record struct Review(string Repository, int PullRequest, long Id, string ReviewerLogin, long SubmittedUnix);
