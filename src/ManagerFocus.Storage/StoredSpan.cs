using ManagerFocus.Activity;

namespace ManagerFocus.Storage;

/// <summary>The latest activity a workspace holds, for choosing a default period without loading the records.</summary>
public sealed record StoredSpan(
    IReadOnlyList<(AuthorIdentity Author, long LatestUnix)> LatestCommitByAuthor,
    long? LatestPullRequestUnix,
    long? LatestReviewUnix);
