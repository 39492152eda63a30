namespace ManagerFocus.Activity.Calendar;

/// <summary>One STANDARD or DAYLIGHT part of a VTIMEZONE.</summary>
internal sealed record ZoneObservance(bool Daylight, DateTime Start, TimeSpan OffsetTo, RecurrenceRule? Rule);
