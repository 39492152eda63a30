using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>Rule coding-cap as applied: a manager's coding share is at most <paramref name="MaxCodingShare"/>.</summary>
public sealed record CodingCapPolicy(Severity Severity, double MaxCodingShare);
