namespace ManagerFocus.Reporting;

/// <summary>
/// One git repository found under --git (or held by the workspace) and the commits it gave: in the period and in all of its
/// history read (docs/definitions.md, "Repositories found").
/// </summary>
public sealed record RepositoryReport(string Repository, int CommitsInPeriod, int Commits);
