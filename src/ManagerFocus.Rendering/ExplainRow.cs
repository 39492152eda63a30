namespace ManagerFocus.Rendering;

/// <summary>
/// One occurrence as `explain` prints it; start and end are UTC ISO 8601; <see cref="Manager"/> is, for a one-on-one,
/// the manager in force on its day.
/// </summary>
public sealed record ExplainRow(
    string Start,
    string End,
    double Minutes,
    string Kind,
    bool Counted,
    string? Reason,
    string Calendar,
    string? With,
    string Location,
    string? Manager = null);
