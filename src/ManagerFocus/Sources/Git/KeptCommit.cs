namespace ManagerFocus.Sources.Git;

/// <summary>A de-duplicated commit in the window: its author code and author time.</summary>
internal readonly record struct KeptCommit(int Author, long AuthorUnix);
