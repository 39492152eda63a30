using System.Globalization;
using ManagerFocus.Metrics;

namespace ManagerFocus.Policy;

/// <summary>Turns a manager's figures and broken rules into ranked advice, each tied to its numbers.</summary>
public sealed class Recommender(PolicySettings policy)
{
    public IReadOnlyList<Recommendation> Recommend(ManagerFigures f, IReadOnlyList<Violation> violations)
    {
        var advice = new List<Recommendation>();
        var name = f.Manager.Name;
        var reports = f.DirectReports.Count;
        var broken = violations.ToDictionary(v => v.Rule, v => v, StringComparer.Ordinal);

        if (f.ObservedRole == ObservedRole.CodingManager && f.CodingShare is { } coding)
        {
            advice.Add(reports <= policy.Definitions.SmallSpanMax && coding >= 0.5
                ? new Recommendation(RecommendationKind.MoveToIcTrack, 1,
                    $"Consider the IC track for {name}: coding share {S(coding)} with {reports} direct reports; give the team a manager who manages.")
                : new Recommendation(RecommendationKind.MoveToManagementTrack, 1,
                    $"Move {name} to the management track: coding share {S(coding)} with {reports} direct reports; hand hands-on work to the team "
                    + "and stay technical through design reviews, architecture and mentoring."));
        }

        if (broken.TryGetValue(Rule.HybridSpan, out var span))
        {
            var large = reports > policy.HybridSpanMidMaxReports;
            advice.Add(new Recommendation(large ? RecommendationKind.SplitTeam : RecommendationKind.AddLead, span.Severity == Severity.Error ? 1 : 2,
                large
                    ? $"Split {name}'s team of {reports} or stop the hands-on work: {span.Message}."
                    : $"Add a lead under {name} or reduce the hands-on work: {span.Message}."));
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

        if (broken.TryGetValue(Rule.TrackMatch, out var track))
        {
            advice.Add(new Recommendation(RecommendationKind.FixDeclaredTrack, 3,
                $"Make {name}'s declared track match the work, or the work match the track: {track.Message}."));
        }

        return advice.OrderBy(a => a.Priority).ToList();
    }

    private static string S(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);
}
