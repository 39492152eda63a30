namespace ManagerFocus.Activity.Calendar;

/// <summary>A DATE or DATE-TIME value as written: wall-clock time plus how to place it (UTC, a TZID, floating, or a date).</summary>
internal readonly record struct IcsTime(DateTime Local, IcsTimeKind Kind, string? TzId)
{
    public bool IsDate => Kind == IcsTimeKind.Date;
}
