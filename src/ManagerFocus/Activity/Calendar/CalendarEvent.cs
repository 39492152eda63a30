namespace ManagerFocus.Activity.Calendar;

/// <summary>The times, status and people of one VEVENT; titles, descriptions, locations and names are never read into it.</summary>
internal sealed class CalendarEvent
{
    public int Line { get; set; }
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

    /// <summary>RECURRENCE-ID;RANGE=THISANDFUTURE: the change applies to that instance and every later one.</summary>
    public bool ThisAndFuture { get; set; }

    /// <summary>SEQUENCE, DTSTAMP and LAST-MODIFIED (UTC): which of two copies of one event is the newer revision.</summary>
    public int Sequence { get; set; }

    public DateTime? Stamp { get; set; }
    public DateTime? LastModified { get; set; }

    /// <summary>For an override: the series with its UID in the same file, if any (linked by the reader).</summary>
    public CalendarEvent? Master { get; set; }

    /// <summary>For a series: its RECURRENCE-ID overrides in the same file.</summary>
    public List<CalendarEvent> Overrides { get; } = [];

    public bool Cancelled { get; set; }
    /// <summary>TRANSP; null when the event does not say (an override then keeps its series' value).</summary>
    public bool? Transparent { get; set; }
    public EventPerson? Organizer { get; set; }
    public List<EventPerson> Attendees { get; } = [];

    public bool IsAllDay => Start is { IsDate: true };

    /// <summary>Gives an override what it leaves out from its series: people, transparency and length.</summary>
    public void InheritFrom(CalendarEvent master)
    {
        if (Attendees.Count == 0 && Organizer is null)
        {
            Attendees.AddRange(master.Attendees);
            Organizer = master.Organizer;
        }

        Transparent ??= master.Transparent;
        if (End is null && Duration is null && Start?.IsDate == master.Start?.IsDate)
        {
            Duration = master.Duration ?? (master.End is { } end && master.Start is { } start && end.Kind == start.Kind ? end.Local - start.Local : null);
        }
    }
}
