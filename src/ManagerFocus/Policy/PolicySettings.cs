using ManagerFocus.Metrics;

namespace ManagerFocus.Policy;

/// <summary>An organization's policy: the definitions' constants, the rules' thresholds and severities, the evidence settings.</summary>
public sealed record PolicySettings
{
    public static PolicySettings Default { get; } = new();

    public MetricSettings Definitions { get; init; } = MetricSettings.Default;

    public Severity CodingCapSeverity { get; init; } = Severity.Error;
    public double CodingCapMaxShare { get; init; } = 0.30;

    public Severity HybridSpanMidSeverity { get; init; } = Severity.Warning;
    public Severity HybridSpanLargeSeverity { get; init; } = Severity.Error;
    public double HybridSpanCodingShareAbove { get; init; } = 0.10;
    public int HybridSpanMaxReports { get; init; } = 5;

    /// <summary>Reports up to this count break hybrid-span with the mid severity; more, with the large one.</summary>
    public int HybridSpanMidMaxReports { get; init; } = 10;

    public Severity OneOnOnesSeverity { get; init; } = Severity.Warning;
    public double OneOnOnesMinCoverage { get; init; } = 0.8;

    public Severity TrackMatchSeverity { get; init; } = Severity.Warning;
    public int TrackMatchHybridMaxReports { get; init; } = 5;

    public Severity ReviewBottleneckSeverity { get; init; } = Severity.Warning;
    public double ReviewBottleneckMaxRatio { get; init; } = 2.0;

    /// <summary>Groups (teams or people) smaller than this are withheld everywhere.</summary>
    public int MinimumGroupSize { get; init; } = 5;

    /// <summary>A coding manager of a small team (small-span-max) coding at least this share is advised the IC track.</summary>
    public double IcTrackCodingShare { get; init; } = 0.5;

    public int BootstrapResamples { get; init; } = 2000;
    public int BootstrapSeed { get; init; } = 20250201;
}
