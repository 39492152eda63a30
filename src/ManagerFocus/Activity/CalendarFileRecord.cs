namespace ManagerFocus.Activity;

/// <summary>
/// What one calendar file (its full path) holds: its events as <see cref="CalendarEventRecord"/>, its VTIMEZONE
/// definitions as content lines, and the calendar's own default zone (X-WR-TIMEZONE) when it names one.
/// </summary>
public sealed record CalendarFileRecord(string Path, IReadOnlyList<CalendarEventRecord> Events, string Zones, string? DefaultZone);
