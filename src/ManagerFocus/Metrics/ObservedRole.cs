namespace ManagerFocus.Metrics;

/// <summary>What a person's own activity says they are (docs/definitions.md, "Observed role").</summary>
public enum ObservedRole
{
    Ic,
    Manager,
    Hybrid,
    CodingManager,
}
