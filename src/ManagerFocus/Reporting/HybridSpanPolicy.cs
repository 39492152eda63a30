using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>Rule hybrid-span as applied: a manager coding above <paramref name="CodingShareAbove"/> has at most <paramref name="MaxReports"/> reports; <paramref name="SeverityMid"/> up to <paramref name="MidMaxReports"/>, <paramref name="SeverityLarge"/> above.</summary>
public sealed record HybridSpanPolicy(Severity SeverityMid, Severity SeverityLarge, double CodingShareAbove, int MaxReports, int MidMaxReports);
