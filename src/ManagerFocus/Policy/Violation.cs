namespace ManagerFocus.Policy;

/// <summary>A rule a manager breaks, with the numbers that break it.</summary>
public sealed record Violation(string Rule, Severity Severity, string Message);
