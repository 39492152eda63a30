namespace ManagerFocus.Reporting;

/// <summary>Span tiers as applied: small up to <paramref name="SmallMax"/> direct reports, mid up to <paramref name="MidMax"/>, large above.</summary>
public sealed record SpanTierBounds(int SmallMax, int MidMax);
