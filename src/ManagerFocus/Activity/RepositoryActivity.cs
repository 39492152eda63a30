namespace ManagerFocus.Activity;

/// <summary>
/// The commits read from one repository (its full path) and the ref tips they were read up to, so a later import
/// can ask git only for commits not reachable from them.
/// </summary>
public sealed record RepositoryActivity(string Repository, IReadOnlyList<CommitRecord> Commits, IReadOnlyList<string> Tips);
