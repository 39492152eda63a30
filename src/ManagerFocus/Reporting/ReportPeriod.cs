namespace ManagerFocus.Reporting;

/// <summary>The analysed days, <see cref="From"/> inclusive and <see cref="To"/> exclusive.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To);
