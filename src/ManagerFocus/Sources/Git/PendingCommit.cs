using ManagerFocus.Activity;

namespace ManagerFocus.Sources.Git;

/// <summary>One non-merge commit as read from a repository, before de-duplication across repositories.</summary>
internal readonly record struct PendingCommit(CommitId Id, int Author, long AuthorUnix, bool Bot);
