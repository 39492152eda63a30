using ManagerFocus.Metrics;

namespace ManagerFocus.Reporting;

/// <summary>Rounds one manager's figures into the contract's shape.</summary>
public static class ManagerReportBuilder
{
    public static ManagerReport Build(
        ManagerFigures f,
        IReadOnlyList<ViolationReport> violations,
        IReadOnlyList<RecommendationReport> recommendations,
        ShareChangeReport? change = null) => new()
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
        Weeks = Weeks(f),
        LineChanges = f.LineChanges.Count > 0 ? f.LineChanges : null,
        Change = change,
    };

    /// <summary>Each week rounded like the totals, its hours adding up to the rounded totals.</summary>
    private static List<WeekReport> Weeks(ManagerFigures f)
    {
        var coding = WeeklyRounding.Hours([.. f.Weeks.Select(w => w.CodingHours)], f.CodingHours);
        var review = WeeklyRounding.Hours([.. f.Weeks.Select(w => w.ReviewHours)], f.ReviewHours);
        var meeting = WeeklyRounding.Hours([.. f.Weeks.Select(w => w.MeetingHours)], f.MeetingHours);
        var oneOnOne = WeeklyRounding.Hours([.. f.Weeks.Select(w => w.OneOnOneHours)], f.OneOnOneHours);
        double? Share(double? hours, double working) => hours is { } h && working > 0 ? Rounding.Share(h / working) : null;
        return f.Weeks.Select((w, i) => new WeekReport(
            w.Week, w.Days, Rounding.Hours(w.WorkingHours), coding[i], review[i], meeting[i], oneOnOne[i], w.DirectReports)
        {
            CodingShare = Share(w.CodingHours, w.WorkingHours),
            ReviewShare = Share(w.ReviewHours, w.WorkingHours),
            MeetingShare = Share(w.MeetingHours, w.WorkingHours),
            OneOnOneShare = Share(w.OneOnOneHours, w.WorkingHours),
        }).ToList();
    }

    /// <summary>This period's shares minus the compared period's, from unrounded figures; null where either is unknown.</summary>
    public static ShareChangeReport Change(ManagerFigures now, ManagerFigures? then)
    {
        static double? Minus(double? a, double? b) => a is { } x && b is { } y ? Rounding.Share(x - y) : null;
        return new ShareChangeReport(
            Minus(now.CodingShare, then?.CodingShare), Minus(now.ReviewShare, then?.ReviewShare),
            Minus(now.MeetingShare, then?.MeetingShare), Minus(now.OneOnOneShare, then?.OneOnOneShare));
    }
}
