using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>Rule review-bottleneck as applied: the manager's median wait is at most <paramref name="MaxRatio"/> times the others'.</summary>
public sealed record ReviewBottleneckPolicy(Severity Severity, double MaxRatio);
