namespace ManagerFocus.Activity;

/// <summary>
/// A pull request as exported: repository (owner/name as in its API url), number, author login (null when the
/// export has no user), whether GitHub marks the author a bot, and creation time (null when missing or unparsable).
/// </summary>
public readonly record struct PullRequest(string Repository, int Number, string? AuthorLogin, bool AuthorIsBot, long? CreatedUnix);
