namespace ManagerFocus.Generator;

/// <summary>What a RECURRENCE-ID override does to its instance.</summary>
internal enum OverrideKind
{
    /// <summary>Two hours later the same day.</summary>
    Move,

    /// <summary>Cut to 15 minutes.</summary>
    Shorten,

    Cancel,
}
