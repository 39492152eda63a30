using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Storage;

/// <summary>What a workspace holds for one analysis window: every source's records, the window's commits and reviews.</summary>
public sealed record StoredActivity(
    IReadOnlyList<PeopleFile> People,
    IReadOnlyList<RepositoryActivity> Repositories,
    IReadOnlyList<ReviewExport> ReviewExports,
    IReadOnlyList<CalendarFileRecord> Calendars,
    OutcomeFile<SurveyRecord>? Survey,
    OutcomeFile<ExitRecord>? Exits,
    IReadOnlyList<Warning> ImportWarnings);
