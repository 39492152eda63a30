namespace ManagerFocus.Policy;

/// <summary>One piece of advice for a manager; priority 1 comes first.</summary>
public sealed record Recommendation(RecommendationKind Kind, int Priority, string Message);
