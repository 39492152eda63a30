namespace ManagerFocus.Activity;

/// <summary>
/// One VEVENT of a calendar file, kept as the content lines that matter for time and people only (times, rules,
/// status, transparency, organizer and attendees with their role parameters; never a title, description or location),
/// keyed by its file, UID and RECURRENCE-ID, with the line it started on.
/// </summary>
public readonly record struct CalendarEventText(int Line, string? Uid, string? RecurrenceId, string Text);
