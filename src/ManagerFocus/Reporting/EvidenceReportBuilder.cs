using ManagerFocus.Evidence;

namespace ManagerFocus.Reporting;

/// <summary>Rounds evidence for the report and withholds figures of groups below the minimum size.</summary>
public static class EvidenceReportBuilder
{
    public const double EssaySatisfaction = -0.25;
    public const double EssayTurnover = 1.20;

    public static EvidenceReport? Build(EvidenceFigures? figures, string? noGrouping)
    {
        if (figures is null)
        {
            return null;
        }

        return new EvidenceReport(
            figures.Satisfaction is { } s ? Satisfaction(s, noGrouping) : null,
            figures.Turnover is { } t ? Turnover(t, noGrouping) : null);
    }

    private static SatisfactionEvidence Satisfaction(Comparison c, string? noGrouping)
    {
        var shown = c.Withheld is null && noGrouping is null;
        SatisfactionGroup Group(GroupFigures g) => new(g.Teams, g.Members, shown ? Round(g.Value, 2) : null);
        return new SatisfactionEvidence(
            Group(c.CodingManagerTeams), Group(c.OtherTeams),
            shown ? Round(c.Effect, 3) : null, shown ? Interval(c) : null, EssaySatisfaction, noGrouping ?? c.Withheld);
    }

    private static TurnoverEvidence Turnover(Comparison c, string? noGrouping)
    {
        var shown = c.Withheld is null && noGrouping is null;
        TurnoverGroup Group(GroupFigures g) =>
            new(g.Teams, g.Members, shown ? Round(g.Denominator, 2) : null, shown ? g.Events : null, shown ? Round(g.Value, 3) : null);
        return new TurnoverEvidence(
            Group(c.CodingManagerTeams), Group(c.OtherTeams),
            shown ? Round(c.Effect, 3) : null, shown ? Interval(c) : null, EssayTurnover, noGrouping ?? c.Withheld);
    }

    /// <summary>[low, high]; a bound the resamples leave open is null, and with neither bound there is no interval.</summary>
    private static double?[]? Interval(Comparison c) =>
        c.IntervalLow is null && c.IntervalHigh is null ? null : [Round(c.IntervalLow, 3), Round(c.IntervalHigh, 3)];

    private static double? Round(double? value, int digits) => Rounding.To(value, digits);
}
