namespace ManagerFocus.Sources.Calendar;

/// <summary>What one calendar occurrence is for the owner (DESIGN.md, "Meeting hours", "One-on-one").</summary>
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
