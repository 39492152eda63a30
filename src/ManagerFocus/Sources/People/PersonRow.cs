using ManagerFocus.Org;

namespace ManagerFocus.Sources.People;

/// <summary>One parsed row of the people file before the organization is checked as a whole.</summary>
internal sealed record PersonRow(
    string? Id,
    string? Name,
    string? Email,
    string? ManagerId,
    string? Title,
    string? Team,
    string? Level,
    Track? Track,
    IReadOnlyList<string> Aliases,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? TimeZone);
