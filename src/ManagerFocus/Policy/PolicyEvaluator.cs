using System.Globalization;
using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Policy;

/// <summary>Checks one manager's figures against each rule of the policy (docs/definitions.md, "Policy rules").</summary>
public sealed class PolicyEvaluator(PolicySettings policy)
{
    public IReadOnlyList<Violation> Evaluate(ManagerFigures f)
    {
        var found = new List<Violation>();
        var reports = f.DirectReports.Count;
        if (reports == 0)
        {
            return found;
        }

        void Add(string rule, Severity severity, string message)
        {
            if (severity != Severity.Off)
            {
                found.Add(new Violation(rule, severity, message));
            }
        }

        if (f.CodingShare is { } coding)
        {
            if (Threshold.Above(coding, policy.CodingCapMaxShare))
            {
                Add(Rule.CodingCap, policy.CodingCapSeverity, $"coding share {Beside(coding, policy.CodingCapMaxShare)} > {S(policy.CodingCapMaxShare)}");
            }

            if (Threshold.Above(coding, policy.HybridSpanCodingShareAbove) && reports > policy.HybridSpanMaxReports)
            {
                var severity = reports <= policy.HybridSpanMidMaxReports ? policy.HybridSpanMidSeverity : policy.HybridSpanLargeSeverity;
                Add(Rule.HybridSpan, severity,
                    $"coding share {Beside(coding, policy.HybridSpanCodingShareAbove)} > {S(policy.HybridSpanCodingShareAbove)} with {reports} direct reports (> {policy.HybridSpanMaxReports})");
            }
        }

        if (f.OneOnOneCoverage is { } coverage && Threshold.Below(coverage, policy.OneOnOnesMinCoverage))
        {
            var missing = f.ReportsWithoutOneOnOne is { Count: > 0 } m ? $": none in the last {policy.Definitions.CoverageDays} days with {string.Join(", ", m.Select(p => p.Name))}" : "";
            Add(Rule.OneOnOnes, policy.OneOnOnesSeverity, $"one-on-one coverage {Beside(coverage, policy.OneOnOnesMinCoverage)} < {S(policy.OneOnOnesMinCoverage)}{missing}");
        }

        if (TrackMismatch(f) is { } mismatch)
        {
            Add(Rule.TrackMatch, policy.TrackMatchSeverity, mismatch);
        }

        if (f.ReviewBottleneck is { ManagerMedianHours: { } mine, OthersMedianHours: { } others } b
            && Threshold.Above(mine, policy.ReviewBottleneckMaxRatio * others))
        {
            var ratio = others > 0 ? $"{(mine / others).ToString("0.0", CultureInfo.InvariantCulture)}x" : "more than";
            Add(Rule.ReviewBottleneck, policy.ReviewBottleneckSeverity,
                $"reports wait a median {H(mine)} h for the manager's first review, {ratio} the {H(others)} h of other reviewers "
                + $"(> {policy.ReviewBottleneckMaxRatio.ToString("0.##", CultureInfo.InvariantCulture)}x, {b.PullRequests} pull requests)");
        }

        return found;
    }

    private string? TrackMismatch(ManagerFigures f) => f.Manager.DeclaredTrack switch
    {
        Track.Management when f.ObservedRole == ObservedRole.CodingManager =>
            $"declared track management, but observed coding-manager (coding share {S(f.CodingShare ?? 0)})",
        Track.Hybrid when f.DirectReports.Count > policy.TrackMatchHybridMaxReports =>
            $"declared track hybrid with {f.DirectReports.Count} direct reports (> {policy.TrackMatchHybridMaxReports})",
        Track.Ic when f.DirectReports.Count > 0 =>
            $"declared track ic, but has {f.DirectReports.Count} direct report{(f.DirectReports.Count == 1 ? "" : "s")}",
        _ => null,
    };

    private static string S(double share) => share.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share shown beside its threshold with enough decimals that the two never read the same ("0.3004 > 0.30").</summary>
    private static string Beside(double share, double threshold)
    {
        foreach (var format in new[] { "0.00", "0.000", "0.0000" })
        {
            var shown = share.ToString(format, CultureInfo.InvariantCulture);
            if (shown != threshold.ToString(format, CultureInfo.InvariantCulture))
            {
                return shown;
            }
        }

        return share.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static string H(double hours) => hours.ToString("0.0", CultureInfo.InvariantCulture);
}
