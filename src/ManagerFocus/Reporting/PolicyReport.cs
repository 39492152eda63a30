using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>The policy in force for this report: every rule's thresholds and severity, and the definitions' bounds, so renderers draw the lines that were applied.</summary>
public sealed record PolicyReport
{
    public required CodingCapPolicy CodingCap { get; init; }
    public required HybridSpanPolicy HybridSpan { get; init; }
    public required OneOnOnesPolicy OneOnOnes { get; init; }
    public required TrackMatchPolicy TrackMatch { get; init; }
    public required ReviewBottleneckPolicy ReviewBottleneck { get; init; }
    public required SpanTierBounds SpanTiers { get; init; }
    public required ObservedRoleShares ObservedRoles { get; init; }

    /// <summary>Groups (teams or people) smaller than this are withheld.</summary>
    public required int MinimumGroupSize { get; init; }

    /// <summary>The report's view of the settings the analysis ran with.</summary>
    public static PolicyReport Of(PolicySettings policy) => new()
    {
        CodingCap = new CodingCapPolicy(policy.CodingCapSeverity, policy.CodingCapMaxShare),
        HybridSpan = new HybridSpanPolicy(
            policy.HybridSpanMidSeverity, policy.HybridSpanLargeSeverity, policy.HybridSpanCodingShareAbove,
            policy.HybridSpanMaxReports, policy.HybridSpanMidMaxReports),
        OneOnOnes = new OneOnOnesPolicy(policy.OneOnOnesSeverity, policy.OneOnOnesMinCoverage, policy.Definitions.CoverageDays),
        TrackMatch = new TrackMatchPolicy(policy.TrackMatchSeverity, policy.TrackMatchHybridMaxReports),
        ReviewBottleneck = new ReviewBottleneckPolicy(policy.ReviewBottleneckSeverity, policy.ReviewBottleneckMaxRatio),
        SpanTiers = new SpanTierBounds(policy.Definitions.SmallSpanMax, policy.Definitions.MidSpanMax),
        ObservedRoles = new ObservedRoleShares(policy.Definitions.CodingManagerShare, policy.Definitions.HybridShare),
        MinimumGroupSize = policy.MinimumGroupSize,
    };
}
