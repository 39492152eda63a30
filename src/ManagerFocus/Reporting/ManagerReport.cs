using System.Text.Json.Serialization;
using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Reporting;

/// <summary>One manager's row of the report, rounded as the contract says (hours 0.01, shares 0.001).</summary>
public sealed record ManagerReport
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int DirectReports { get; init; }
    public required SpanTier SpanTier { get; init; }
    public required double WorkingHours { get; init; }
    public double? CodingHours { get; init; }
    public double? ReviewHours { get; init; }
    public double? MeetingHours { get; init; }
    public double? OneOnOneHours { get; init; }
    public double? CodingShare { get; init; }
    public double? ReviewShare { get; init; }
    public double? MeetingShare { get; init; }
    public double? OneOnOneShare { get; init; }
    public double? OneOnOneCoverage { get; init; }
    public IReadOnlyList<string>? ReportsWithoutOneOnOne { get; init; }
    public ReviewBottleneckReport? ReviewBottleneck { get; init; }
    public ObservedRole? ObservedRole { get; init; }
    public Track? DeclaredTrack { get; init; }
    public IReadOnlyList<ViolationReport> Violations { get; init; } = [];
    public IReadOnlyList<RecommendationReport> Recommendations { get; init; } = [];

    /// <summary>The period week by week (docs/definitions.md, "Weekly series"); the totals above are their sums.</summary>
    public IReadOnlyList<WeekReport> Weeks { get; init; } = [];

    /// <summary>Days in the period when a new snapshot changed the manager's reporting line; null when none did.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DateOnly>? LineChanges { get; init; }

    /// <summary>
    /// True when coding, review and meeting shares add up to more than 1 (100%): a coding session can overlap a meeting or a
    /// review, so the shares are not parts of one whole (docs/definitions.md, "Shares").
    /// </summary>
    [JsonIgnore]
    public bool SharesExceedWhole => (CodingShare ?? 0) + (ReviewShare ?? 0) + (MeetingShare ?? 0) > 1;

    /// <summary>Change of each share against the compared period; null when no comparison was asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ShareChangeReport? Change { get; init; }
}
