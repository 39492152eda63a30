namespace ManagerFocus.Time.Calendar;

/// <summary>One calendar occurrence in the period for the explained person, counted or not, and why; never a title.</summary>
public sealed record ExplainedOccurrence
{
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required OccurrenceKind Kind { get; init; }

    /// <summary>True when it adds to the person's meeting (and one-on-one) hours.</summary>
    public required bool Counted { get; init; }

    /// <summary>Why it does not count, or where it counts; null for a meeting counted in the person's own calendar.</summary>
    public string? Reason { get; init; }

    /// <summary>Id of the calendar's owner.</summary>
    public required string Calendar { get; init; }

    /// <summary>The other person of a one-on-one (their id), else null.</summary>
    public string? With { get; init; }

    /// <summary>For a one-on-one, the id of the manager in force on its day (the snapshot in force); else null.</summary>
    public string? ManagerInForce { get; init; }

    /// <summary>File and line of the VEVENT.</summary>
    public required string Location { get; init; }
}
