namespace ManagerFocus.Policy;

/// <summary>Every setting a policy file may hold, in the order `policy --defaults` prints them.</summary>
internal static class PolicyKeys
{
    /// <summary>Upper bounds of the numeric settings (docs/definitions.md, "Bounds"): beyond them a value is a typo or an attack.</summary>
    public const double MaxMinutes = 10_080;

    public const double MaxRatio = 1_000;

    public const int MaxDays = 3_660;

    public const int MaxPeople = 1_000_000;

    public const int MaxResamples = 100_000;

    public static IReadOnlyList<PolicyKey> All { get; } =
    [
        PolicyKey.Positive("definitions", "session-gap-minutes", "commits at most this far apart belong to one coding session", MaxMinutes,
            p => p.Definitions.SessionGap.TotalMinutes, (p, v) => p with { Definitions = p.Definitions with { SessionGap = TimeSpan.FromMinutes(v) } }),
        PolicyKey.Positive("definitions", "session-lead-minutes", "time credited before a session's first commit", MaxMinutes,
            p => p.Definitions.SessionLead.TotalMinutes, (p, v) => p with { Definitions = p.Definitions with { SessionLead = TimeSpan.FromMinutes(v) } }),
        PolicyKey.Positive("definitions", "review-unit-minutes", "time credited per reviewer, pull request and day with a submitted review", MaxMinutes,
            p => p.Definitions.ReviewUnit.TotalMinutes, (p, v) => p with { Definitions = p.Definitions with { ReviewUnit = TimeSpan.FromMinutes(v) } }),
        PolicyKey.Count("definitions", "coverage-days", "a one-on-one in this many last days of the period counts for coverage", 1, MaxDays,
            p => p.Definitions.CoverageDays, (p, v) => p with { Definitions = p.Definitions with { CoverageDays = v } }),
        PolicyKey.Count("definitions", "small-span-max", "span tier small: at most this many direct reports", 0, MaxPeople,
            p => p.Definitions.SmallSpanMax, (p, v) => p with { Definitions = p.Definitions with { SmallSpanMax = v } }),
        PolicyKey.Count("definitions", "mid-span-max", "span tier mid: at most this many; large above", 0, MaxPeople,
            p => p.Definitions.MidSpanMax, (p, v) => p with { Definitions = p.Definitions with { MidSpanMax = v } }),
        PolicyKey.Share("definitions", "coding-manager-share", "observed role coding-manager above this coding share",
            p => p.Definitions.CodingManagerShare, (p, v) => p with { Definitions = p.Definitions with { CodingManagerShare = v } }),
        PolicyKey.Share("definitions", "hybrid-share", "observed role hybrid above this coding share",
            p => p.Definitions.HybridShare, (p, v) => p with { Definitions = p.Definitions with { HybridShare = v } }),

        PolicyKey.List("definitions", "bot-author-patterns", "commit authors whose name or email contains one of these are bots and skipped",
            p => p.Definitions.BotAuthorPatterns, (p, v) => p with { Definitions = p.Definitions with { BotAuthorPatterns = v } }),
        PolicyKey.Share("definitions", "max-unattributed-share", "warn when more than this share of commits, or of reviews, is attributed to nobody",
            p => p.Definitions.MaxUnattributedShare, (p, v) => p with { Definitions = p.Definitions with { MaxUnattributedShare = v } }),

        PolicyKey.Level("rules.coding-cap", "severity", "a manager's coding share is at most max-coding-share",
            p => p.CodingCapSeverity, (p, v) => p with { CodingCapSeverity = v }),
        PolicyKey.Share("rules.coding-cap", "max-coding-share", "",
            p => p.CodingCapMaxShare, (p, v) => p with { CodingCapMaxShare = v }),
        PolicyKey.Level("rules.hybrid-span", "severity-mid", "a manager coding above coding-share-above has at most max-reports reports; severity up to mid-max-reports",
            p => p.HybridSpanMidSeverity, (p, v) => p with { HybridSpanMidSeverity = v }),
        PolicyKey.Level("rules.hybrid-span", "severity-large", "severity above mid-max-reports",
            p => p.HybridSpanLargeSeverity, (p, v) => p with { HybridSpanLargeSeverity = v }),
        PolicyKey.Share("rules.hybrid-span", "coding-share-above", "",
            p => p.HybridSpanCodingShareAbove, (p, v) => p with { HybridSpanCodingShareAbove = v }),
        PolicyKey.Count("rules.hybrid-span", "max-reports", "", 0, MaxPeople,
            p => p.HybridSpanMaxReports, (p, v) => p with { HybridSpanMaxReports = v }),
        PolicyKey.Count("rules.hybrid-span", "mid-max-reports", "", 0, MaxPeople,
            p => p.HybridSpanMidMaxReports, (p, v) => p with { HybridSpanMidMaxReports = v }),
        PolicyKey.Level("rules.one-on-ones", "severity", "one-on-one coverage is at least min-coverage",
            p => p.OneOnOnesSeverity, (p, v) => p with { OneOnOnesSeverity = v }),
        PolicyKey.Share("rules.one-on-ones", "min-coverage", "",
            p => p.OneOnOnesMinCoverage, (p, v) => p with { OneOnOnesMinCoverage = v }),
        PolicyKey.Level("rules.track-match", "severity", "the declared track agrees with the observed role",
            p => p.TrackMatchSeverity, (p, v) => p with { TrackMatchSeverity = v }),
        PolicyKey.Count("rules.track-match", "hybrid-max-reports", "a declared hybrid has at most this many reports", 0, MaxPeople,
            p => p.TrackMatchHybridMaxReports, (p, v) => p with { TrackMatchHybridMaxReports = v }),
        PolicyKey.Level("rules.review-bottleneck", "severity", "the manager's median time to first review is at most max-ratio times the others'",
            p => p.ReviewBottleneckSeverity, (p, v) => p with { ReviewBottleneckSeverity = v }),
        PolicyKey.Positive("rules.review-bottleneck", "max-ratio", "", MaxRatio,
            p => p.ReviewBottleneckMaxRatio, (p, v) => p with { ReviewBottleneckMaxRatio = v }),

        PolicyKey.Share("recommendations", "ic-track-coding-share", "advise the IC track to a coding manager of a small team coding at least this share",
            p => p.IcTrackCodingShare, (p, v) => p with { IcTrackCodingShare = v }),

        PolicyKey.Count("privacy", "minimum-group-size", "aggregates over fewer teams or people than this are withheld", 1, MaxPeople,
            p => p.MinimumGroupSize, (p, v) => p with { MinimumGroupSize = v }),
        PolicyKey.Count("evidence", "bootstrap-resamples", "cluster-bootstrap resamples for the 95% intervals", 100, MaxResamples,
            p => p.BootstrapResamples, (p, v) => p with { BootstrapResamples = v }),
        PolicyKey.Count("evidence", "bootstrap-seed", "fixed seed, so a run repeats exactly", 0, int.MaxValue,
            p => p.BootstrapSeed, (p, v) => p with { BootstrapSeed = v }),
    ];
}
