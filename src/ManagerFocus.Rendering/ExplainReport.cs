using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>What `explain` shows for one person: their calendar occurrences in the period and the hours they add up to.</summary>
public sealed record ExplainReport
{
    public required string Person { get; init; }
    public required string Name { get; init; }
    public required ReportPeriod Period { get; init; }
    public double? MeetingHours { get; init; }
    public double? OneOnOneHours { get; init; }
    public required IReadOnlyList<ExplainRow> Occurrences { get; init; }
    public int WarningCount { get; init; }
    public IReadOnlyList<Warning> Warnings { get; init; } = [];
}
