namespace ManagerFocus.Policy;

/// <summary>How serious a broken rule is; <see cref="Off"/> disables the rule.</summary>
public enum Severity
{
    Off,
    Warning,
    Error,
}
