namespace ManagerFocus.Time.Calendar;

/// <summary>
/// An event's kind for its owner and, for a one-on-one, the manager and the report (else -1); <see cref="Other"/> is the
/// one other known person of a two-person meeting, whose kind depends on each occurrence's day.
/// </summary>
internal readonly record struct EventClass(OccurrenceKind Kind, int Manager = -1, int Report = -1, int Other = -1)
{
    public bool Counted => Kind is OccurrenceKind.Meeting or OccurrenceKind.OneOnOne;
}
