using System.Data.Common;
using ManagerFocus.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage;

/// <summary>One open workspace database: what differs between SQLite and PostgreSQL besides the shared SQL.</summary>
internal abstract class Store(DbConnection connection, string description, ILogger logger, TimeProvider time) : IDisposable
{
    public DbConnection Connection => connection;

    public string Description => description;

    public ILogger Logger => logger;

    public TimeProvider Time => time;

    /// <summary>The folder of this database's migrations under Migrations/.</summary>
    public abstract string Dialect { get; }

    /// <summary>The error for a database that holds tables but is not a workspace.</summary>
    public abstract UserError NotAWorkspace();

    /// <summary>The names of the tables the workspace's schema holds.</summary>
    public abstract IReadOnlyList<string> Tables(SqlRunner sql);

    /// <summary>A transaction for a migration: it waits for another migration, never for long.</summary>
    public abstract DbTransaction BeginMigration();

    /// <summary>The exclusive import transaction; a UserError when another import holds it.</summary>
    public abstract StoreImport BeginImport();

    /// <summary>Another open connection to the same database, for reading beside this one.</summary>
    public abstract DbConnection OpenReader();

    /// <summary>The one-line UserError for an expected database failure, or null for a bug.</summary>
    public abstract UserError? Translate(DbException exception);

    public void Dispose() => connection.Dispose();
}
