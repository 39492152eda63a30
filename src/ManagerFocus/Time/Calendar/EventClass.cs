namespace ManagerFocus.Time.Calendar;

/// <summary>An event's kind for its owner and, for a one-on-one, the manager and the report (else -1).</summary>
internal readonly record struct EventClass(OccurrenceKind Kind, int Manager = -1, int Report = -1)
{
    public bool Counted => Kind is OccurrenceKind.Meeting or OccurrenceKind.OneOnOne;
}
