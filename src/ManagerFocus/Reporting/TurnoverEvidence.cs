namespace ManagerFocus.Reporting;

/// <summary>Voluntary exits per member-year of coding-manager teams against the rest.</summary>
public sealed record TurnoverEvidence(
    TurnoverGroup CodingManagerTeams,
    TurnoverGroup OtherTeams,
    double? Ratio,
    IReadOnlyList<double?>? Interval,
    double Essay,
    string? Withheld);

/// <summary>One group: teams, members, member-years in the period, voluntary exits and their rate.</summary>
public sealed record TurnoverGroup(int Teams, int Members, double? MemberYears, int? Exits, double? Rate);
