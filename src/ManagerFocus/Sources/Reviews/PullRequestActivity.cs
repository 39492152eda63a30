namespace ManagerFocus.Sources.Reviews;

/// <summary>A linked pull request: its author's person index (-1 for a bot or unknown login) and creation time.</summary>
internal readonly record struct PullRequestActivity(int Author, long CreatedUnix)
{
    public bool HasCreation => CreatedUnix != PullRequestRecord.UnknownTime;
}
