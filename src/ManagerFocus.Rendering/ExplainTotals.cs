namespace ManagerFocus.Rendering;

/// <summary>
/// The person's hours per category, exactly as `analyze` reports them for the period (null when unknown), with the
/// counts of the rows behind them and, for each null, why.
/// </summary>
public sealed record ExplainTotals
{
    public double? CodingHours { get; init; }
    public double? ReviewHours { get; init; }
    public double? MeetingHours { get; init; }
    public double? OneOnOneHours { get; init; }
    public int CodingSessions { get; init; }
    public int Commits { get; init; }
    public int Reviews { get; init; }
    public int ReviewsCounted { get; init; }
    public int Occurrences { get; init; }
    public int OccurrencesCounted { get; init; }

    /// <summary>One line per null category: which input was not given, or held nothing for the period.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
