namespace ManagerFocus.Reporting;

/// <summary>Mean satisfaction of coding-manager teams against the rest; figures null and <see cref="Withheld"/> set when withheld.</summary>
public sealed record SatisfactionEvidence(
    SatisfactionGroup CodingManagerTeams,
    SatisfactionGroup OtherTeams,
    double? RelativeDifference,
    IReadOnlyList<double?>? Interval,
    double Essay,
    string? Withheld);

/// <summary>One group: teams, members with an answer, and their mean latest score.</summary>
public sealed record SatisfactionGroup(int Teams, int Members, double? Mean);
