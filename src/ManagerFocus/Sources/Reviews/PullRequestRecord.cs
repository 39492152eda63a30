namespace ManagerFocus.Sources.Reviews;

/// <summary>A pull request as read, before linking: its key, creation time, author login id and file.</summary>
internal readonly record struct PullRequestRecord(long Key, long CreatedUnix, int AuthorLogin, int File)
{
    /// <summary>Author login id of a pull request whose <c>user</c> is null.</summary>
    public const int NoAuthor = -1;

    /// <summary>Author login id of a pull request opened by a bot: someone else to every reviewer, but nobody.</summary>
    public const int BotAuthor = -2;

    /// <summary>Creation time of a pull request whose created_at was missing or unparsable.</summary>
    public const long UnknownTime = long.MinValue;
}
