namespace ManagerFocus.Activity.Calendar;

/// <summary>One BYDAY entry: a weekday with an optional ordinal (2MO, -1FR; 0 means every such day).</summary>
internal readonly record struct WeekdayNumber(int Ordinal, DayOfWeek Day);
