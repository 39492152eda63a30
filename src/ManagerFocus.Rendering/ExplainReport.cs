using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>
/// What `explain` shows for one person: their coding sessions, reviews and calendar occurrences in the period and the
/// hours they add up to. A list is null, and its hours too, when its input was not given (see <see cref="ExplainTotals.Notes"/>).
/// </summary>
public sealed record ExplainReport
{
    public required string Person { get; init; }
    public required string Name { get; init; }
    public required ReportPeriod Period { get; init; }
    public double? MeetingHours { get; init; }
    public double? OneOnOneHours { get; init; }
    public required IReadOnlyList<ExplainRow> Occurrences { get; init; }
    public IReadOnlyList<ExplainSessionRow>? CodingSessions { get; init; }
    public IReadOnlyList<ExplainReviewRow>? Reviews { get; init; }
    public ExplainTotals Totals { get; init; } = new();
    public int WarningCount { get; init; }
    public IReadOnlyList<Warning> Warnings { get; init; } = [];
}
