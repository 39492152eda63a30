using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Storage;

/// <summary>
/// One import: a single transaction that lands whole at <see cref="Commit"/>; disposing it without Commit (an
/// exception, Ctrl+C) leaves the workspace exactly as it was.
/// </summary>
public sealed class WorkspaceImport : IDisposable
{
    private readonly StoreImport _import;
    private readonly Store _store;

    internal WorkspaceImport(StoreImport import, Store store)
    {
        _import = import;
        _store = store;
    }

    /// <summary>The stored source of that kind and key (full path), to skip an unchanged file or read a repository's tips.</summary>
    public StoredSource? Find(SourceKind kind, string key) => Guard(() => _import.Find(kind, key));

    /// <summary>Replaces the workspace's people files (all of them) with these.</summary>
    /// <summary>How many sources of a kind the workspace holds.</summary>
    public int Count(SourceKind kind) => Guard(() => _import.Count(kind));

    public void ReplacePeople(IReadOnlyList<PeopleFile> files, string contentHash, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplacePeople(files, contentHash, warnings));

    /// <summary>Replaces the workspace's people files (all of them, each a set of dated snapshots) with these, each with its content hash.</summary>
    public void ReplacePeople(IReadOnlyList<PeopleFile> files, IReadOnlyList<string> contentHashes, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplacePeople(files, contentHashes, warnings));

    /// <summary>Replaces the workspace's survey file with this one.</summary>
    public void ReplaceSurvey(OutcomeFile<SurveyRecord> file, string contentHash, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplaceSurvey(file, contentHash, warnings));

    /// <summary>Replaces the workspace's exits file with this one.</summary>
    public void ReplaceExits(OutcomeFile<ExitRecord> file, string contentHash, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplaceExits(file, contentHash, warnings));

    /// <summary>Replaces everything stored from this review export (by its full path).</summary>
    public void ReplaceReviews(ReviewExport export, string contentHash, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplaceReviews(export, contentHash, warnings));

    /// <summary>Replaces everything stored from this calendar file (by its full path).</summary>
    public void ReplaceCalendar(CalendarFileRecord file, string contentHash, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.ReplaceCalendar(file, contentHash, warnings));

    /// <summary>Adds the repository's commits not yet stored, replaces its tips and warnings; returns how many commits were new.</summary>
    public int AddCommits(RepositoryActivity repository, IReadOnlyList<Warning> warnings) =>
        Guard(() => _import.AddCommits(repository, warnings));

    /// <summary>Makes everything this import wrote visible at once.</summary>
    public void Commit() => Guard(() => _import.Commit());

    public void Dispose() => _import.Dispose();

    private T Guard<T>(Func<T> action) => Workspace.Guarded(_store, action);

    private void Guard(Action action) => Workspace.Guarded(_store, () =>
    {
        action();
        return 0;
    });
}
