namespace ManagerFocus.Time;

/// <summary>
/// One coding session of the explained person (docs/definitions.md, "Coding hours"): its first and last commit, the hours
/// it adds (first to last commit plus the lead) and its commits' times and repositories; never a message or code.
/// </summary>
public sealed record ExplainedSession
{
    public required DateTimeOffset FirstCommit { get; init; }
    public required DateTimeOffset LastCommit { get; init; }

    /// <summary>The hours it adds to coding hours, unrounded.</summary>
    public required double Hours { get; init; }

    /// <summary>Its commits in time order.</summary>
    public required IReadOnlyList<ExplainedCommit> Commits { get; init; }
}
