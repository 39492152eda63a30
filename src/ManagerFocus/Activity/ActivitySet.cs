using ManagerFocus.Diagnostics;

namespace ManagerFocus.Activity;

/// <summary>
/// Everything imported, period-free: what the one-shot run reads from files into memory and what a workspace loads.
/// An input kind that was not given is null (no data is not zero activity).
/// </summary>
public sealed record ActivitySet
{
    public required IReadOnlyList<PeopleFile> People { get; init; }

    public IReadOnlyList<RepositoryActivity>? Repositories { get; init; }

    public IReadOnlyList<ReviewExport>? ReviewExports { get; init; }

    public IReadOnlyList<CalendarFileRecord>? Calendars { get; init; }

    /// <summary>
    /// Calendar files the one-shot run has not read yet: each is read while the analysis expands it, so a
    /// file's events are held only as long as that takes. Null when calendars come as records.
    /// </summary>
    public IReadOnlyList<string>? CalendarFiles { get; init; }

    public OutcomeFile<SurveyRecord>? Survey { get; init; }

    public OutcomeFile<ExitRecord>? Exits { get; init; }

    /// <summary>Warnings the imports gave, kept with what they read (a workspace stores them beside its sources).</summary>
    public IReadOnlyList<Warning> ImportWarnings { get; init; } = [];
}
