namespace ManagerFocus.Activity.Calendar;

/// <summary>One RDATE value: a start, and an end when written as a PERIOD.</summary>
internal readonly record struct RecurrenceDate(IcsTime Start, IcsTime? End, TimeSpan? Duration);
