using ManagerFocus.Metrics;

namespace ManagerFocus.Reporting;

/// <summary>Rounds one manager's figures into the contract's shape.</summary>
public static class ManagerReportBuilder
{
    public static ManagerReport Build(
        ManagerFigures f,
        IReadOnlyList<ViolationReport> violations,
        IReadOnlyList<RecommendationReport> recommendations) => new()
    {
        Id = f.Manager.Id,
        Name = f.Manager.Name,
        DirectReports = f.DirectReports.Count,
        SpanTier = f.SpanTier,
        WorkingHours = Rounding.Hours(f.WorkingHours),
        CodingHours = Rounding.Hours(f.CodingHours),
        ReviewHours = Rounding.Hours(f.ReviewHours),
        MeetingHours = Rounding.Hours(f.MeetingHours),
        OneOnOneHours = Rounding.Hours(f.OneOnOneHours),
        CodingShare = Rounding.Share(f.CodingShare),
        ReviewShare = Rounding.Share(f.ReviewShare),
        MeetingShare = Rounding.Share(f.MeetingShare),
        OneOnOneShare = Rounding.Share(f.OneOnOneShare),
        OneOnOneCoverage = Rounding.Share(f.OneOnOneCoverage),
        ReportsWithoutOneOnOne = f.ReportsWithoutOneOnOne?.Select(p => p.Name).ToList(),
        ReviewBottleneck = f.ReviewBottleneck is { } b
            ? new ReviewBottleneckReport(Rounding.Hours(b.ManagerMedianHours), Rounding.Hours(b.OthersMedianHours), b.PullRequests)
            : null,
        ObservedRole = f.ObservedRole,
        DeclaredTrack = f.Manager.DeclaredTrack,
        Violations = violations,
        Recommendations = recommendations,
    };
}
