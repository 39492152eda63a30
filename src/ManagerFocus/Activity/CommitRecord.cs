namespace ManagerFocus.Activity;

/// <summary>One non-merge commit: its hash, raw author identity and author time; never its message or code.</summary>
public readonly record struct CommitRecord(CommitId Hash, AuthorIdentity Author, long AuthorUnix);
