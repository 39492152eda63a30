using ManagerFocus.Org;

namespace ManagerFocus.Metrics;

/// <summary>Unrounded figures for one manager; null means the input kind behind it was not given.</summary>
public sealed record ManagerFigures
{
    public required Person Manager { get; init; }
    public required IReadOnlyList<Person> DirectReports { get; init; }
    public required SpanTier SpanTier { get; init; }
    public required double WorkingHours { get; init; }
    public double? CodingHours { get; init; }
    public double? ReviewHours { get; init; }
    public double? MeetingHours { get; init; }
    public double? OneOnOneHours { get; init; }
    public double? OneOnOneCoverage { get; init; }
    public IReadOnlyList<Person>? ReportsWithoutOneOnOne { get; init; }
    public ReviewBottleneckFigures? ReviewBottleneck { get; init; }

    /// <summary>The period week by week; their hours sum to the totals above.</summary>
    public IReadOnlyList<WeekFigures> Weeks { get; init; } = [];

    /// <summary>Days in the period on which a new snapshot changed who the manager reports to or who reports to them.</summary>
    public IReadOnlyList<DateOnly> LineChanges { get; init; } = [];

    /// <summary>Null when coding activity was not given, so the role cannot be observed.</summary>
    public ObservedRole? ObservedRole { get; init; }

    public double? CodingShare => Share(CodingHours);
    public double? ReviewShare => Share(ReviewHours);
    public double? MeetingShare => Share(MeetingHours);
    public double? OneOnOneShare => Share(OneOnOneHours);

    private double? Share(double? hours) =>
        hours is not { } h || WorkingHours <= 0 ? null : h / WorkingHours;
}
