namespace ManagerFocus.Time;

/// <summary>A linked pull request: its author's person index (-1 for a bot or unknown login) and creation time.</summary>
internal readonly record struct PullRequestActivity(int Author, long CreatedUnix)
{
    /// <summary>Creation time of a pull request whose created_at was missing or unparsable.</summary>
    public const long UnknownTime = long.MinValue;

    public bool HasCreation => CreatedUnix != UnknownTime;
}
