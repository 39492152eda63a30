namespace ManagerFocus.Time;

/// <summary>A de-duplicated commit: its author code (see <see cref="AuthorTable"/>) and author time.</summary>
internal readonly record struct KeptCommit(int Author, long AuthorUnix);
