namespace ManagerFocus.Reporting;

/// <summary>Observed roles as applied: coding-manager above <paramref name="CodingManagerShare"/> coding share, hybrid above <paramref name="HybridShare"/>; the first also splits the evidence groups.</summary>
public sealed record ObservedRoleShares(double CodingManagerShare, double HybridShare);
