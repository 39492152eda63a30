namespace ManagerFocus.Activity;

/// <summary>The rows of one survey or exits file (its full path).</summary>
public sealed record OutcomeFile<T>(string Path, IReadOnlyList<T> Rows);
