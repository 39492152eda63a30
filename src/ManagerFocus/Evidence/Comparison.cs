namespace ManagerFocus.Evidence;

/// <summary>Coding-manager teams against the rest on one outcome, with a bootstrap interval, or why it is withheld.</summary>
public sealed record Comparison(
    GroupFigures CodingManagerTeams,
    GroupFigures OtherTeams,
    double? Effect,
    double? IntervalLow,
    double? IntervalHigh,
    string? Withheld);
