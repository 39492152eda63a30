namespace ManagerFocus.Reporting;

/// <summary>Organization-wide counts: people, managers by observed role and span tier, unattributed activity.</summary>
public sealed record OrganizationSummary
{
    public required int People { get; init; }
    public required int Managers { get; init; }
    public required IReadOnlyDictionary<string, int> ManagersByRole { get; init; }
    public required IReadOnlyDictionary<string, int> ManagersBySpanTier { get; init; }
    public IReadOnlyList<UnattributedIdentity> Unattributed { get; init; } = [];
}
