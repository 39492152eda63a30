namespace ManagerFocus.Rendering;

/// <summary>A commit of a coding session: author time (UTC ISO 8601) and repository; never its message.</summary>
public sealed record ExplainCommitRow(string Time, string Repository);
