namespace ManagerFocus.Time;

/// <summary>
/// One review the explained person submitted in the period (docs/definitions.md, "Review hours"), counted or not and
/// why; for a pull request of someone who reported to them on its creation day, the wait it adds to the review bottleneck.
/// </summary>
public sealed record ExplainedReview
{
    public required string Repository { get; init; }
    public required int PullRequest { get; init; }
    public required DateTimeOffset Submitted { get; init; }

    /// <summary>True when it adds one review unit to review hours.</summary>
    public required bool Counted { get; init; }

    /// <summary>Why it does not count; null when it counts.</summary>
    public string? Reason { get; init; }

    /// <summary>Id of the pull request's author when that login is a person; else null.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// Hours from the pull request's creation (in the period) to this review, when it is the reviewer's first review of a
    /// pull request by someone reporting to them on its creation day: one wait of the review bottleneck. Else null.
    /// </summary>
    public double? ReportWaitHours { get; init; }
}
