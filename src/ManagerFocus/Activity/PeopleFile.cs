namespace ManagerFocus.Activity;

/// <summary>The rows of one people file (its full path), checked row by row but not yet as an organization.</summary>
public sealed record PeopleFile(string Path, IReadOnlyList<PersonRecord> Rows);
