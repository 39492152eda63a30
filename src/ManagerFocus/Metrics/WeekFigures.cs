namespace ManagerFocus.Metrics;

/// <summary>
/// One manager's unrounded figures for one week of the period (docs/definitions.md, "Weekly series"): the Monday that
/// starts it, its days inside the period, the hours of each kind (null when not given) and direct reports on its last day.
/// </summary>
public sealed record WeekFigures(
    DateOnly Week,
    int Days,
    double WorkingHours,
    double? CodingHours,
    double? ReviewHours,
    double? MeetingHours,
    double? OneOnOneHours,
    int DirectReports);
