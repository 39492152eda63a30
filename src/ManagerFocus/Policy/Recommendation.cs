namespace ManagerFocus.Policy;

/// <summary>One piece of advice for a manager; priority 1 comes first.</summary>
public sealed record Recommendation(string Kind, int Priority, string Message);
