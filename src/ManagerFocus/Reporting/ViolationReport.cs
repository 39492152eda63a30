using ManagerFocus.Policy;

namespace ManagerFocus.Reporting;

/// <summary>A broken policy rule: its name, its severity, and what in the numbers breaks it.</summary>
public sealed record ViolationReport(string Rule, Severity Severity, string Message);
