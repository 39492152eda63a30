namespace ManagerFocus.Reporting;

/// <summary>A broken policy rule: its name, "error" or "warning", and what in the numbers breaks it.</summary>
public sealed record ViolationReport(string Rule, string Severity, string Message);
