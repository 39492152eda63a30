using ManagerFocus.Activity;

namespace ManagerFocus.Sources.Git;

/// <summary>How reading one repository went: the commits read, lines git wrote that made no sense, and git's error if it failed.</summary>
internal sealed record GitReadResult(IReadOnlyList<CommitRecord> Commits, int BadLines, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>Commits skipped because their author date lies outside <see cref="GitLogParser.MinUnix"/>..<see cref="GitLogParser.MaxUnix"/>.</summary>
    public int OutOfRange { get; init; }
}
