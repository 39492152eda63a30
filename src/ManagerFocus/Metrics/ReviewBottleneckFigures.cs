namespace ManagerFocus.Metrics;

/// <summary>How long a manager's reports wait for the manager's review, against other reviewers (docs/definitions.md, "Review bottleneck").</summary>
public sealed record ReviewBottleneckFigures(double? ManagerMedianHours, double? OthersMedianHours, int PullRequests);
