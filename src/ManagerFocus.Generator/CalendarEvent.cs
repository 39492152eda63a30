namespace ManagerFocus.Generator;

/// <summary>A planned calendar event (or series), shared by the files of everyone it invites.</summary>
internal sealed record CalendarEvent
{
    public required string Uid { get; init; }
    public required string Summary { get; init; }

    /// <summary>Person index of the organizer, or -1 for an outsider.</summary>
    public int Organizer { get; init; } = -1;

    /// <summary>Invited people by index, the organizer included.</summary>
    public int[] Attendees { get; init; } = [];

    /// <summary>Attendees who declined (PARTSTAT=DECLINED in every copy).</summary>
    public int[] Decliners { get; init; } = [];
    public required Zone Zone { get; init; }
    public required DateOnly FirstDate { get; init; }
    public required TimeOnly LocalStart { get; init; }
    public int Minutes { get; init; } = 30;
    public Recurrence? Rule { get; init; }
    public DateOnly[] ExDates { get; init; } = [];
    public EventOverride[] Overrides { get; init; } = [];
    public EventStyle Style { get; init; }

    /// <summary>Extra attendee addresses: rooms (CUTYPE=ROOM), a group, or an unknown guest.</summary>
    public string? Room { get; init; }
    public string? Group { get; init; }
    public string? Guest { get; init; }
    public bool Cancelled { get; init; }
    public bool Transparent { get; init; }
    public string? Location { get; init; }
}
