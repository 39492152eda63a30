namespace ManagerFocus.Activity.Calendar;

/// <summary>How a written time maps to an instant (RFC 5545, 3.3.5).</summary>
internal enum IcsTimeKind
{
    Floating,
    Utc,
    Zoned,
    Date,
}
