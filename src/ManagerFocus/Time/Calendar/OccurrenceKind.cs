namespace ManagerFocus.Time.Calendar;

/// <summary>What one calendar occurrence is for the owner (docs/definitions.md, "Meeting hours" and "One-on-one").</summary>
public enum OccurrenceKind
{
    Meeting,
    OneOnOne,
    AllDay,
    Cancelled,
    Declined,
    Transparent,
    Solo,
}
