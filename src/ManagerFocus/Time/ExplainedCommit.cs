namespace ManagerFocus.Time;

/// <summary>A commit of an explained coding session: author time and the repository's folder name only.</summary>
public sealed record ExplainedCommit(DateTimeOffset Time, string Repository);
