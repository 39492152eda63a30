namespace ManagerFocus.Activity;

/// <summary>What one review export file (its full path) holds: pull requests and counting reviews by people.</summary>
public sealed record ReviewExport(string Path, IReadOnlyList<PullRequest> PullRequests, IReadOnlyList<Review> Reviews);
