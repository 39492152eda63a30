namespace ManagerFocus.Generator;

/// <summary>One instance of a series changed by a RECURRENCE-ID override: moved, shortened or cancelled.</summary>
internal sealed record EventOverride(DateOnly Date, OverrideKind Kind);
