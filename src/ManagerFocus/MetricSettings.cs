using ManagerFocus.Metrics;

namespace ManagerFocus;

/// <summary>The configurable constants of the definitions, defaults as docs/definitions.md gives them (each section's "Settings").</summary>
public sealed record MetricSettings
{
    public static MetricSettings Default { get; } = new();

    /// <summary>Largest gap between two commits of one coding session.</summary>
    public TimeSpan SessionGap { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Time credited before a session's first commit.</summary>
    public TimeSpan SessionLead { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Time credited for each (reviewer, pull request, day) with a submitted review.</summary>
    public TimeSpan ReviewUnit { get; init; } = TimeSpan.FromMinutes(20);

    public int SmallSpanMax { get; init; } = 5;

    public int MidSpanMax { get; init; } = 10;

    /// <summary>Coding share above which a manager is a coding manager.</summary>
    public double CodingManagerShare { get; init; } = 0.30;

    /// <summary>Coding share above which a manager is a hybrid.</summary>
    public double HybridShare { get; init; } = 0.10;

    /// <summary>Days at the end of the period in which a one-on-one counts for coverage.</summary>
    public int CoverageDays { get; init; } = 28;

    /// <summary>Share of commits or of reviews left unattributed above which the report warns (docs/definitions.md, "Inputs").</summary>
    public double MaxUnattributedShare { get; init; } = 0.10;

    public SpanTier TierOf(int directReports) =>
        directReports <= SmallSpanMax ? SpanTier.Small : directReports <= MidSpanMax ? SpanTier.Mid : SpanTier.Large;

    public ObservedRole RoleOf(int directReports, double codingShare) =>
        directReports == 0 ? ObservedRole.Ic
        : Threshold.Above(codingShare, CodingManagerShare) ? ObservedRole.CodingManager
        : Threshold.Above(codingShare, HybridShare) ? ObservedRole.Hybrid
        : ObservedRole.Manager;

    /// <summary>Commit authors whose name or email contains one of these (case-insensitive) are bots, as are names ending in "[bot]".</summary>
    public IReadOnlyList<string> BotAuthorPatterns { get; init; } =
    [
        "[bot]", "dependabot", "renovate-bot", "bot@renovateapp.com", "renovate@whitesourcesoftware.com",
        "github-actions", "greenkeeper", "snyk-bot", "semantic-release-bot", "pre-commit-ci",
    ];
}
