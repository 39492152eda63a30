using System.Data.Common;
using ManagerFocus.Storage.Postgres;
using ManagerFocus.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ManagerFocus.Storage;

/// <summary>
/// Where imports keep period-free activity records for analyses of any period: a SQLite file (the default) or a
/// PostgreSQL database. Every expected failure is a one-line <see cref="Diagnostics.UserError"/>.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly Store _store;
    private readonly SqlRunner _sql;

    private Workspace(Store store)
    {
        _store = store;
        _sql = new SqlRunner(store.Connection, null);
    }

    /// <summary>The open database, for the web dashboard's access records beside the activity.</summary>
    internal Store Store => _store;

    /// <summary>"SQLite workspace /path/x.db" or "PostgreSQL workspace db on host:port"; never a password.</summary>
    public string Description => _store.Description;

    /// <summary>True until something has been imported.</summary>
    public bool IsEmpty => Guard(() => new ActivityReader(_sql).IsEmpty());

    /// <summary>
    /// Opens the workspace at a file path (SQLite; created with its folder when missing) or a PostgreSQL connection
    /// string or postgres:// URL, checks it is a workspace (or empty) and applies pending migrations.
    /// </summary>
    public static Workspace Open(string location, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        logger ??= NullLogger.Instance;
        time ??= TimeProvider.System;
        Store store = PostgresLocation.IsPostgres(location)
            ? PostgresStore.Open(location, logger, time)
            : SqliteStore.Open(location, logger, time);
        try
        {
            MigrationRunner.Apply(store);
        }
        catch (DbException e) when (store.Translate(e) is { } error)
        {
            store.Dispose();
            throw error;
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return new Workspace(store);
    }

    /// <summary>Starts the one import that may run at a time: everything it writes lands at <see cref="WorkspaceImport.Commit"/> or not at all.</summary>
    public WorkspaceImport BeginImport() => Guard(() => new WorkspaceImport(_store.BeginImport(), _store));

    /// <summary>The latest commit of every author and the latest pull request and review.</summary>
    public StoredSpan Span() => Guard(() => new ActivityReader(_sql).Span());

    /// <summary>
    /// Everything to analyse [fromUnix, toUnix): commits, pull requests (created, or reviewed, in it) and reviews of the
    /// window when a bound is given; every calendar file, people file, survey, exits file and import warning.
    /// Commits, pull requests and reviews come in no particular order.
    /// </summary>
    public StoredActivity Load(long? fromUnix = null, long? toUnix = null) => Guard(() =>
    {
        var started = _store.Time.GetTimestamp();
        // Calendars, and pull requests with reviews, are read on connections of their own beside the commits.
        using var second = _store.OpenReader();
        using var calendars = new SqlRunner(second, null);
        using var third = _store.OpenReader();
        using var reviews = new SqlRunner(third, null);
        var activity = new ActivityReader(_sql).Load(fromUnix, toUnix, new ActivityReader(calendars), new ActivityReader(reviews));
        _store.Logger.LogInformation(
            "Loaded {Commits} commits, {PullRequests} pull requests, {Reviews} reviews and {Events} calendar events from {Workspace} in {Elapsed}",
            activity.Repositories.Sum(r => r.Commits.Count), activity.ReviewExports.Sum(e => e.PullRequests.Count),
            activity.ReviewExports.Sum(e => e.Reviews.Count), activity.Calendars.Sum(c => c.Events.Count), Description,
            _store.Time.GetElapsedTime(started));
        return activity;
    });

    /// <summary>Every imported source in import order.</summary>
    public IReadOnlyList<StoredSource> Sources() => Guard(() => new ActivityReader(_sql).Sources());

    public void Dispose()
    {
        _sql.Dispose();
        _store.Dispose();
    }

    private T Guard<T>(Func<T> action) => Guarded(_store, action);

    internal static T Guarded<T>(Store store, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException e) when (store.Translate(e) is { } error)
        {
            throw error;
        }
    }
}
