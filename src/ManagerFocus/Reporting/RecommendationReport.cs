using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>One ranked piece of advice, tied to the numbers behind it.</summary>
public sealed record RecommendationReport(RecommendationKind Kind, int Priority, string Message);
