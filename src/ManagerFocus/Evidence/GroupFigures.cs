namespace ManagerFocus.Evidence;

/// <summary>One group's pooled outcome: teams, members counted, and the statistic's numerator and denominator.</summary>
public sealed record GroupFigures(int Teams, int Members, double Numerator, double Denominator, int Events)
{
    /// <summary>Numerator / denominator, or null when the denominator is zero.</summary>
    public double? Value => Denominator > 0 ? Numerator / Denominator : null;
}
