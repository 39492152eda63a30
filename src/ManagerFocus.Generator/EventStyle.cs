namespace ManagerFocus.Generator;

/// <summary>How an event's times are written.</summary>
internal enum EventStyle
{
    /// <summary>DTSTART;TZID=zone:local time.</summary>
    Zoned,

    /// <summary>DTSTART:...Z in UTC, as Google writes single events.</summary>
    Utc,

    /// <summary>DTSTART without zone: the owner's local time (people.csv timezone).</summary>
    Floating,

    /// <summary>DTSTART;VALUE=DATE: an all-day event.</summary>
    AllDay,
}
