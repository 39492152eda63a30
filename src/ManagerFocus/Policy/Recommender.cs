using System.Globalization;
using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Policy;

/// <summary>
/// Turns a manager's figures and broken rules into ranked advice, each tied to its numbers (docs/definitions.md,
/// "Recommendations"). One cause gives one piece of advice: coding while managing (observed coding-manager, the
/// hybrid-span rule, a management track that does not match) is advised once, in words that fit the declared track.
/// </summary>
public sealed class Recommender(PolicySettings policy)
{
    public IReadOnlyList<Recommendation> Recommend(ManagerFigures f, IReadOnlyList<Violation> violations)
    {
        var advice = new List<Recommendation>();
        var name = f.Manager.Name;
        var broken = violations.ToDictionary(v => v.Rule, v => v, StringComparer.Ordinal);

        var handsOn = HandsOnWork(f, broken);
        if (handsOn is not null)
        {
            advice.Add(handsOn);
        }
        else if (broken.TryGetValue(Rule.TrackMatch, out var track))
        {
            advice.Add(new Recommendation(RecommendationKind.FixDeclaredTrack, 3,
                $"Make {name}'s declared track match the work, or the work match the track: {track.Message}."));
        }

        if (broken.ContainsKey(Rule.OneOnOnes) && f.ReportsWithoutOneOnOne is { Count: > 0 } waiting)
        {
            advice.Add(new Recommendation(RecommendationKind.ScheduleOneOnOnes, 2,
                $"Schedule one-on-ones with {string.Join(", ", waiting.Select(p => p.Name))}: none in the last {policy.Definitions.CoverageDays} days "
                + $"(coverage {S(f.OneOnOneCoverage ?? 0)})."));
        }

        if (broken.TryGetValue(Rule.ReviewBottleneck, out var review))
        {
            advice.Add(new Recommendation(RecommendationKind.DelegateReviews, 2,
                $"Hand reviews of the team's pull requests to other reviewers; {name}'s {review.Message}."));
        }

        return advice.OrderBy(a => a.Priority).ToList();
    }

    /// <summary>The one piece of advice about hands-on work, or null when the manager's coding is not a cause.</summary>
    private Recommendation? HandsOnWork(ManagerFigures f, Dictionary<string, Violation> broken)
    {
        var codingManager = f.ObservedRole == ObservedRole.CodingManager;
        broken.TryGetValue(Rule.HybridSpan, out var span);
        var mismatch = broken.ContainsKey(Rule.TrackMatch) && f.Manager.DeclaredTrack is Track.Management && codingManager;
        if (!codingManager && span is null && !mismatch)
        {
            return null;
        }

        var name = f.Manager.Name;
        var reports = f.DirectReports.Count;
        var coding = f.CodingShare ?? 0;
        var numbers = $"coding share {S(coding)} with {reports} direct report{(reports == 1 ? "" : "s")}";
        var priority = codingManager || span?.Severity == Severity.Error ? 1 : 2;
        var smallTeamMostlyCoding = reports <= policy.Definitions.SmallSpanMax && !Threshold.Below(coding, policy.IcTrackCodingShare);
        var tooManyReports = reports > policy.HybridSpanMidMaxReports;

        switch (f.Manager.DeclaredTrack)
        {
            case Track.Ic:
                return new Recommendation(RecommendationKind.HandOverTeam, priority,
                    $"Give {name}'s {reports} direct report{(reports == 1 ? "" : "s")} a manager who manages and keep {name} on the IC track: {numbers}.");
            case Track.Management:
                return new Recommendation(RecommendationKind.ReduceHandsOnWork, priority,
                    $"Reduce {name}'s hands-on work: on the management track, but {numbers}; hand it to the team and stay technical "
                    + "by shaping designs and architecture and by mentoring"
                    + (span is null ? "." : $". Until then the team is too large for it: {span.Message}."));
            default:
                if (smallTeamMostlyCoding)
                {
                    return new Recommendation(RecommendationKind.MoveToIcTrack, priority,
                        $"Consider the IC track for {name}: {numbers}; give the team a manager who manages.");
                }

                if (span is not null)
                {
                    return tooManyReports
                        ? new Recommendation(RecommendationKind.SplitTeam, priority, $"Split {name}'s team of {reports} or stop the hands-on work: {span.Message}.")
                        : new Recommendation(RecommendationKind.AddLead, priority, $"Add a lead under {name} or reduce the hands-on work: {span.Message}.");
                }

                return new Recommendation(RecommendationKind.MoveToManagementTrack, priority,
                    $"Move {name} to the management track: {numbers}; hand hands-on work to the team "
                    + "and stay technical through design reviews, architecture and mentoring.");
        }
    }

    private static string S(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);
}
