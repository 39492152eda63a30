namespace ManagerFocus.Reporting;

/// <summary>
/// Each share of this period minus the same share in the compared period (docs/definitions.md, "Comparison"); null where
/// either is unknown, and all null when the person was no manager in the compared period.
/// </summary>
public sealed record ShareChangeReport(double? CodingShare, double? ReviewShare, double? MeetingShare, double? OneOnOneShare);
