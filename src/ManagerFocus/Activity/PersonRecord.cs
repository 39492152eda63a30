namespace ManagerFocus.Activity;

/// <summary>
/// One row of a people file as written (line, fields), before the organization is checked as a whole;
/// <see cref="EffectiveDate"/> is the first day of the row's snapshot, null in a file without that column.
/// </summary>
public sealed record PersonRecord(
    int Line,
    string? Id,
    string? Name,
    string? Email,
    string? ManagerId,
    string? Title,
    string? Team,
    string? Level,
    string? Track,
    IReadOnlyList<string> Aliases,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? TimeZone,
    DateOnly? EffectiveDate = null)
{
    /// <summary>The manager given by email (a `manager_email` column) rather than by id; resolved when the organization is built.</summary>
    public string? ManagerEmail { get; init; }
}
