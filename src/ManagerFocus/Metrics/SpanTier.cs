namespace ManagerFocus.Metrics;

/// <summary>Size class of a manager's span of control (docs/definitions.md, "Span tier").</summary>
public enum SpanTier
{
    Small,
    Mid,
    Large,
}
