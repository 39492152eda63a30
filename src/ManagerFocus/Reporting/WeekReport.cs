using System.Text.Json.Serialization;

namespace ManagerFocus.Reporting;

/// <summary>
/// One week of a manager's period in the contract (docs/definitions.md, "Weekly series"): the Monday, days inside the
/// period, hours (null where the input kind was not given) and direct reports on the week's last day in the period.
/// </summary>
public sealed record WeekReport(
    DateOnly Week,
    int Days,
    double WorkingHours,
    double? CodingHours,
    double? ReviewHours,
    double? MeetingHours,
    double? OneOnOneHours,
    int DirectReports)
{
    /// <summary>The week's coding share (of its working hours, unrounded hours), for trend charts; not in the JSON contract.</summary>
    [JsonIgnore]
    public double? CodingShare { get; init; }

    [JsonIgnore]
    public double? ReviewShare { get; init; }

    [JsonIgnore]
    public double? MeetingShare { get; init; }

    [JsonIgnore]
    public double? OneOnOneShare { get; init; }
}
