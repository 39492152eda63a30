namespace ManagerFocus.Rendering;

/// <summary>One occurrence as `explain` prints it; start and end are UTC ISO 8601.</summary>
public sealed record ExplainRow(
    string Start,
    string End,
    double Minutes,
    string Kind,
    bool Counted,
    string? Reason,
    string Calendar,
    string? With,
    string Location);
