namespace ManagerFocus.Rendering;

/// <summary>
/// One coding session as `explain` prints it: first and last commit (UTC ISO 8601), the hours it adds, its repositories
/// and its commits' times; never a message.
/// </summary>
public sealed record ExplainSessionRow(
    string FirstCommit,
    string LastCommit,
    double Hours,
    int CommitCount,
    IReadOnlyList<string> Repositories,
    IReadOnlyList<ExplainCommitRow> Commits);
