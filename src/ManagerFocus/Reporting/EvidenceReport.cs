namespace ManagerFocus.Reporting;

/// <summary>Outcome evidence (docs/definitions.md, "Evidence"); a part is null when its input (--survey, --exits) was not given.</summary>
public sealed record EvidenceReport(SatisfactionEvidence? Satisfaction, TurnoverEvidence? Turnover);
