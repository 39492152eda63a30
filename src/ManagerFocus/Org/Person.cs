namespace ManagerFocus.Org;

/// <summary>One row of the people file; <see cref="Index"/> is the dense number every importer uses for it.</summary>
public sealed record Person
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? ManagerId { get; init; }
    public string? Title { get; init; }
    public string? Team { get; init; }
    public string? Level { get; init; }
    public Track? DeclaredTrack { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public DateOnly? StartDate { get; init; }

    /// <summary>First day no longer employed (exclusive).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>IANA zone for floating calendar times; null means UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Line of the people file this person came from (0 when built in code).</summary>
    public int Line { get; init; }

    public bool IsEmployedOn(DateOnly day) =>
        (StartDate is null || day >= StartDate) && (EndDate is null || day < EndDate);
}
