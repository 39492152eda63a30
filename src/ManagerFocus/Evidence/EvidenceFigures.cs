namespace ManagerFocus.Evidence;

/// <summary>Satisfaction and turnover comparisons; each null when its input was not given.</summary>
public sealed record EvidenceFigures(Comparison? Satisfaction, Comparison? Turnover);
