using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>Rule one-on-ones as applied: coverage over the last <paramref name="CoverageDays"/> days of the period is at least <paramref name="MinCoverage"/>.</summary>
public sealed record OneOnOnesPolicy(Severity Severity, double MinCoverage, int CoverageDays);
