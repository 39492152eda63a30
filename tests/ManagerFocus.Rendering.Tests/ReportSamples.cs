using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

/// <summary>Hand-built reports that reach every branch of the renderers: roles, tiers, rules, nulls, evidence, escaping.</summary>
internal static class ReportSamples
{
    // 13 weeks of weekdays at 8 h.
    private const double Working = 520;

    public const string EscapedName = "Ben O'Brien <x> & \"Co\"";

    /// <summary>Twelve managers over every observed role, span tier and rule, with evidence shown and withheld.</summary>
    public static Report Full() => new()
    {
        Period = new ReportPeriod(new DateOnly(2026, 8, 3), new DateOnly(2026, 11, 2)),
        Managers = FullManagers(),
        Summary = new OrganizationSummary
        {
            People = 140,
            Managers = 12,
            ManagersByRole = new Dictionary<string, int> { ["coding-manager"] = 3, ["hybrid"] = 3, ["ic"] = 1, ["manager"] = 4, ["unknown"] = 1 },
            ManagersBySpanTier = new Dictionary<string, int> { ["large"] = 3, ["mid"] = 4, ["small"] = 5 },
            CodingManagersBySpanTier = new Dictionary<string, int> { ["large"] = 1, ["mid"] = 1, ["small"] = 1 },
            ManagersBreakingErrorRules = 4,
            PeopleByDeclaredTrack = new Dictionary<string, int> { ["hybrid"] = 5, ["ic"] = 112, ["management"] = 9, ["undeclared"] = 14 },
            PeopleByLevel = new Dictionary<string, int> { ["L3"] = 40, ["L4"] = 45, ["L5"] = 30, ["M1"] = 10, ["M2"] = 2, ["unknown"] = 13 },
            SeparateTracks = true,
            HybridShareOfManagers = 0.545,
            Unattributed =
            [
                new UnattributedIdentity("git", "someone@contractor.example", 42),
                new UnattributedIdentity("git", "Ana Li <ana@home.example>", 9)
                {
                    Spellings = ["Ana Li <ana@home.example>", "ali <ana@home.example>"],
                    Suggestion = new IdentitySuggestion("p7", "Ana <Li>", "same name"),
                },
                new UnattributedIdentity("reviews", "bot<ci>&co", 7),
            ],
            UnattributedCommits = AttributionShare.Of(1200, 51),
            UnattributedReviews = AttributionShare.Of(300, 7),
            ManagersWithoutCalendar = ["m3"],
        },
        Evidence = new EvidenceReport(
            new SatisfactionEvidence(new SatisfactionGroup(5, 38, 3.41), new SatisfactionGroup(7, 61, 4.02), -0.152, [-0.262, -0.041], -0.25, null),
            new TurnoverEvidence(
                new TurnoverGroup(3, 24, null, null, null), new TurnoverGroup(9, 79, null, null, null), null, null, 1.20,
                "insufficient data: 3 coding-manager teams (at least 5 needed)")),
        Warnings =
        [
            new Warning("calendar", "calendars/o'brien@example.com.ics#event-3", "DTSTART <missing> & the event has no time"),
            new Warning("git", "repos/payments", "author \"build bot\" matches nobody; add an alias"),
            new Warning("people", "people.csv:17", "unknown track 'lead'; expected ic, management or hybrid"),
            new Warning("reviews", "github/x-reviews.json", "review of https://api.github.com/repos/a/x/pulls/8 has no user; skipped")
            {
                Count = 140,
                Locations = ["github/x-reviews.json#3", "github/x-reviews.json#8", "github/x-reviews.json#12", "github/x-reviews.json#20", "github/x-reviews.json#31"],
            },
        ],
        WarningCount = 143,
        Notices = [new Warning("git", "repos/", "3 commit(s) by 1 bot author(s) skipped: dependabot[bot] <x@users.noreply.github.com>") { Locations = ["repos/"] }],
        Inputs = new ReportInputs
        {
            People = "people.csv",
            Git = ["repos/"],
            Calendar = ["calendars/"],
            Reviews = ["github/"],
            Survey = "survey.csv",
            Exits = "exits.csv",
        },
        Policy = PolicyReport.Of(PolicySettings.Default),
    };

    /// <summary>Only a people file was given: every activity figure is null and no chart can be drawn.</summary>
    public static Report PeopleOnly() => Full() with
    {
        Managers = FullManagers().Select(m => m with
        {
            CodingHours = null, ReviewHours = null, MeetingHours = null, OneOnOneHours = null,
            CodingShare = null, ReviewShare = null, MeetingShare = null, OneOnOneShare = null, OneOnOneCoverage = null,
            ReportsWithoutOneOnOne = null, ReviewBottleneck = null, ObservedRole = null,
            Weeks = [.. m.Weeks.Select(w => w with
            {
                CodingHours = null, ReviewHours = null, MeetingHours = null, OneOnOneHours = null,
                CodingShare = null, ReviewShare = null, MeetingShare = null, OneOnOneShare = null,
            })],
            Violations = m.Violations.Where(v => v.Rule == "track-match" && v.Message.StartsWith("declared track ic", StringComparison.Ordinal)).ToList(),
            Recommendations = [],
        }).ToList(),
        Evidence = null,
        Warnings = [],
        WarningCount = 0,
        Inputs = new ReportInputs { People = "people.csv" },
    };

    private static List<ManagerReport> FullManagers() =>
    [
        Manager("m01", "Ada Lovelace", 4, SpanTier.Small, ObservedRole.Manager, Track.Management, 0.05, 0.06, 0.35, 0.08, 1.0),
        Manager("m02", EscapedName, 8, SpanTier.Mid, ObservedRole.CodingManager, Track.Management, 0.51, 0.12, 0.18, 0.02, 0.5) with
        {
            ReportsWithoutOneOnOne = ["Eve <script>alert(1)</script>", "Finn Ó Súilleabháin", "Gil", "Hal"],
            Weeks = [.. Enumerable.Range(0, 13).Select(w => new WeekReport(
                new DateOnly(2026, 8, 3).AddDays(7 * w), 7, 40, 20.4, 4.8, 7.2, 0.8, w < 6 ? 6 : 8)
            {
                CodingShare = 0.3 + (w * 0.03), ReviewShare = 0.12, MeetingShare = 0.18, OneOnOneShare = 0.02,
            })],
            LineChanges = [new DateOnly(2026, 9, 14)],
            Violations =
            [
                new("coding-cap", Severity.Error, "coding share 0.51 > 0.30"),
                new("hybrid-span", Severity.Warning, "coding share 0.51 > 0.10 with 8 direct reports (> 5)"),
                new("one-on-ones", Severity.Warning, "one-on-one coverage 0.50 < 0.80: none in the last 28 days with Eve <script>alert(1)</script>, Finn Ó Súilleabháin, Gil, Hal"),
                new("track-match", Severity.Warning, "declared track management, but observed coding-manager (coding share 0.51)"),
            ],
            Recommendations =
            [
                new(RecommendationKind.MoveToManagementTrack, 1, $"Move {EscapedName} to the management track: coding share 0.51 with 8 direct reports."),
                new(RecommendationKind.AddLead, 2, $"Add a lead under {EscapedName} or reduce the hands-on work: coding share 0.51 > 0.10 with 8 direct reports (> 5)."),
                new(RecommendationKind.ScheduleOneOnOnes, 2, "Schedule one-on-ones with Eve <script>alert(1)</script>, Finn Ó Súilleabháin, Gil, Hal: none in the last 28 days (coverage 0.50)."),
                new(RecommendationKind.FixDeclaredTrack, 3, $"Make {EscapedName}'s declared track match the work, or the work match the track."),
            ],
        },
        Manager("m03", "Chen Wu", 12, SpanTier.Large, ObservedRole.CodingManager, Track.Hybrid, 0.42, 0.15, 0.2, 0.03, 0.833) with
        {
            ReviewBottleneck = new ReviewBottleneckReport(30.5, 6.25, 9),
            Violations =
            [
                new("coding-cap", Severity.Error, "coding share 0.42 > 0.30"),
                new("hybrid-span", Severity.Error, "coding share 0.42 > 0.10 with 12 direct reports (> 5)"),
                new("track-match", Severity.Warning, "declared track hybrid with 12 direct reports (> 5)"),
                new("review-bottleneck", Severity.Warning, "reports wait a median 30.5 h for the manager's first review, 4.9x the 6.3 h of other reviewers (> 2x, 9 pull requests)"),
            ],
            Recommendations =
            [
                new(RecommendationKind.MoveToManagementTrack, 1, "Move Chen Wu to the management track: coding share 0.42 with 12 direct reports."),
                new(RecommendationKind.SplitTeam, 1, "Split Chen Wu's team of 12 or stop the hands-on work: coding share 0.42 > 0.10 with 12 direct reports (> 5)."),
                new(RecommendationKind.DelegateReviews, 2, "Hand reviews of the team's pull requests to other reviewers; Chen Wu's reports wait a median 30.5 h."),
                new(RecommendationKind.FixDeclaredTrack, 3, "Make Chen Wu's declared track match the work, or the work match the track."),
            ],
        },
        Manager("m04", "Dana Okafor", 3, SpanTier.Small, ObservedRole.Hybrid, Track.Hybrid, 0.22, 0.1, 0.25, 0.06, 1.0),
        Manager("m05", "Eli Ito", 7, SpanTier.Mid, ObservedRole.Hybrid, Track.Management, 0.18, 0.09, 0.3, 0.07, 0.857) with
        {
            Violations = [new("hybrid-span", Severity.Warning, "coding share 0.18 > 0.10 with 7 direct reports (> 5)")],
            Recommendations = [new(RecommendationKind.AddLead, 2, "Add a lead under Eli Ito or reduce the hands-on work: coding share 0.18 > 0.10 with 7 direct reports (> 5).")],
        },
        Manager("m06", "Fatima Haddad", 14, SpanTier.Large, ObservedRole.Manager, Track.Management, 0.02, 0.04, 0.52, 0.09, 0.643) with
        {
            ReportsWithoutOneOnOne = ["Ivo", "Jana", "Karl", "Lia", "Mo"],
            Violations = [new("one-on-ones", Severity.Warning, "one-on-one coverage 0.64 < 0.80: none in the last 28 days with Ivo, Jana, Karl, Lia, Mo")],
            Recommendations = [new(RecommendationKind.ScheduleOneOnOnes, 2, "Schedule one-on-ones with Ivo, Jana, Karl, Lia, Mo: none in the last 28 days (coverage 0.64).")],
        },
        Manager("m07", "Gus Novak", 0, SpanTier.Small, ObservedRole.Ic, Track.Ic, 0.6, 0.08, 0.1, 0, null),
        Manager("m08", "Hana Sato", 9, SpanTier.Mid, ObservedRole.Manager, Track.Ic, 0.08, 0.05, 0.4, 0.1, 0.889) with
        {
            Violations = [new("track-match", Severity.Warning, "declared track ic, but has 9 direct reports")],
            Recommendations = [new(RecommendationKind.FixDeclaredTrack, 3, "Make Hana Sato's declared track match the work, or the work match the track: declared track ic, but has 9 direct reports.")],
        },
        Manager("m09", "Ivan Petrov", 6, SpanTier.Mid, null, null, null, null, null, null, null),
        Manager("m10", "Jo Kim", 5, SpanTier.Small, ObservedRole.Manager, Track.Management, 0.1, 0.12, 0.33, 0.05, 0.8) with
        {
            ReviewBottleneck = new ReviewBottleneckReport(4.5, null, 3),
        },
        Manager("m11", "Kofi Mensah", 2, SpanTier.Small, ObservedRole.CodingManager, Track.Hybrid, 0.62, 0.1, 0.08, 0.02, 1.0) with
        {
            Violations = [new("coding-cap", Severity.Error, "coding share 0.62 > 0.30")],
            Recommendations = [new(RecommendationKind.MoveToIcTrack, 1, "Consider the IC track for Kofi Mensah: coding share 0.62 with 2 direct reports; give the team a manager who manages.")],
        },
        Manager("m12", "Lena Fischer", 11, SpanTier.Large, ObservedRole.Hybrid, Track.Management, 0.12, 0.07, 0.38, 0.08, 0.909) with
        {
            Violations = [new("hybrid-span", Severity.Error, "coding share 0.12 > 0.10 with 11 direct reports (> 5)")],
            Recommendations = [new(RecommendationKind.SplitTeam, 1, "Split Lena Fischer's team of 11 or stop the hands-on work: coding share 0.12 > 0.10 with 11 direct reports (> 5).")],
        },
    ];

    private static ManagerReport Manager(
        string id, string name, int reports, SpanTier tier, ObservedRole? role, Track? track,
        double? coding, double? review, double? meeting, double? oneOnOne, double? coverage) => new()
    {
        Id = id,
        Name = name,
        DirectReports = reports,
        SpanTier = tier,
        WorkingHours = Working,
        CodingHours = Hours(coding),
        ReviewHours = Hours(review),
        MeetingHours = Hours(meeting),
        OneOnOneHours = Hours(oneOnOne),
        CodingShare = coding,
        ReviewShare = review,
        MeetingShare = meeting,
        OneOnOneShare = oneOnOne,
        OneOnOneCoverage = coverage,
        ReportsWithoutOneOnOne = coverage is null ? null : [],
        ObservedRole = role,
        DeclaredTrack = track,
    };

    private static double? Hours(double? share) => share is { } s ? Math.Round(s * Working, 2) : null;
}
