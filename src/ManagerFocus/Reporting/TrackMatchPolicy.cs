using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>Rule track-match as applied: a declared hybrid has at most <paramref name="HybridMaxReports"/> reports.</summary>
public sealed record TrackMatchPolicy(Severity Severity, int HybridMaxReports);
