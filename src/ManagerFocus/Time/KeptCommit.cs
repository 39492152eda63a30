namespace ManagerFocus.Time;

/// <summary>A de-duplicated commit: its author code (see <see cref="AuthorTable"/>), the repository it was kept from and author time.</summary>
internal readonly record struct KeptCommit(int Author, int Repository, long AuthorUnix);
