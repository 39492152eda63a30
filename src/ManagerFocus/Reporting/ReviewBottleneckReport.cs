namespace ManagerFocus.Reporting;

/// <summary>Median hours to the manager's first review against other reviewers', over <see cref="PullRequests"/>.</summary>
public sealed record ReviewBottleneckReport(double? ManagerMedianHours, double? OthersMedianHours, int PullRequests);
