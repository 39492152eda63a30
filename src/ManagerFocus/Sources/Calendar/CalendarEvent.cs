namespace ManagerFocus.Sources.Calendar;

/// <summary>The times, status and people of one VEVENT; titles, descriptions, locations and names are never read into it.</summary>
internal sealed class CalendarEvent
{
    public int Line { get; init; }
    public string? Uid { get; set; }
    public IcsTime? Start { get; set; }
    public IcsTime? End { get; set; }
    public TimeSpan? Duration { get; set; }
    public List<RecurrenceRule> Rules { get; } = [];

    /// <summary>EXRULE (dropped by RFC 5545 but still exported): instances it makes are removed.</summary>
    public List<RecurrenceRule> ExRules { get; } = [];

    public List<RecurrenceDate> RDates { get; } = [];
    public List<IcsTime> ExDates { get; } = [];
    public IcsTime? RecurrenceId { get; set; }
    public bool Cancelled { get; set; }
    public bool Transparent { get; set; }
    public EventPerson? Organizer { get; set; }
    public List<EventPerson> Attendees { get; } = [];

    public bool IsAllDay => Start is { IsDate: true };
}
