namespace ManagerFocus.Activity;

/// <summary>One row of a people file as written (line, fields), before the organization is checked as a whole.</summary>
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
    string? TimeZone);
