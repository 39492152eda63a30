namespace ManagerFocus.Storage;

/// <summary>One line of the dashboard's audit log: who (<see cref="Viewer"/>) looked at whose figures (<see cref="Subject"/>), how, for which period.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Viewer, string Subject, string Action, string Period);
