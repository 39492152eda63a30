using System.Data.Common;
using System.Text;
using ManagerFocus.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage.Sqlite;

/// <summary>A workspace in one SQLite file (WAL journal, so analyses can read while an import writes).</summary>
internal sealed class SqliteStore(SqliteConnection connection, string path, ILogger logger, TimeProvider time)
    : Store(connection, $"SQLite workspace {path}", logger, time)
{
    // How long a second import waits for the first before it is refused.
    private const int ImportWaitSeconds = 1;
    private const int DefaultWaitSeconds = 5;
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public override string Dialect => "Sqlite";

    public static SqliteStore Open(string location, ILogger logger, TimeProvider time)
    {
        var path = Path.GetFullPath(location);
        if (Directory.Exists(path) || location.EndsWith(Path.DirectorySeparatorChar) || location.EndsWith(Path.AltDirectorySeparatorChar))
        {
            throw WorkspaceErrors.IsFolder(path);
        }

        if (File.Exists(path))
        {
            CheckHeader(path);
        }
        else
        {
            CreateFolder(path);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = DefaultWaitSeconds,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        var store = new SqliteStore(connection, path, logger, time);
        try
        {
            connection.Open();
            // WAL lets analyses read during an import; NORMAL is durable at each commit in WAL mode; a 64 MB page cache.
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; " +
                "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824;";
            pragmas.ExecuteNonQuery();
        }
        catch (SqliteException e) when (store.Translate(e) is { } error)
        {
            store.Dispose();
            throw error;
        }
        catch
        {
            store.Dispose();
            throw;
        }

        logger.LogInformation("Opened {Workspace}", store.Description);
        return store;
    }

    public override UserError NotAWorkspace() => WorkspaceErrors.ForeignSqlite(PathOf());

    public override IReadOnlyList<string> Tables(SqlRunner sql)
    {
        var tables = new List<string>();
        using var reader = sql.Reader("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public override DbTransaction BeginMigration() => BeginImmediate(DefaultWaitSeconds);

    public override StoreImport BeginImport()
    {
        var transaction = BeginImmediate(ImportWaitSeconds);
        // A large first import rewrites index pages many times; a 512 MB page cache keeps them until commit.
        using var cache = Connection.CreateCommand();
        cache.Transaction = transaction;
        cache.CommandText = "PRAGMA cache_size = -524288";
        cache.ExecuteNonQuery();
        return new SqliteImport(transaction, Logger, Time, Description);
    }

    public override UserError? Translate(DbException exception) => exception is not SqliteException sqlite
        ? null
        : (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SQLitePCL.raw.SQLITE_CORRUPT => WorkspaceErrors.Damaged(PathOf(), "database disk image is malformed"),
            SQLitePCL.raw.SQLITE_NOTADB => WorkspaceErrors.Damaged(PathOf(), "file is not a database"),
            SQLitePCL.raw.SQLITE_CANTOPEN => WorkspaceErrors.CannotOpen(PathOf(), "SQLite cannot open or create the file"),
            SQLitePCL.raw.SQLITE_IOERR => WorkspaceErrors.CannotOpen(PathOf(), "an I/O error"),
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => WorkspaceErrors.CannotOpen(PathOf(), "access denied"),
            SQLitePCL.raw.SQLITE_READONLY => WorkspaceErrors.ReadOnly(Description),
            SQLitePCL.raw.SQLITE_FULL => WorkspaceErrors.CannotOpen(PathOf(), "the disk is full"),
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => WorkspaceErrors.ImportRunning(Description),
            _ => null,
        };

    private string PathOf() => Description["SQLite workspace ".Length..];

    private SqliteTransaction BeginImmediate(int waitSeconds)
    {
        var connection = (SqliteConnection)Connection;
        connection.DefaultTimeout = waitSeconds;
        try
        {
            // BEGIN IMMEDIATE takes the write lock now, so a second writer is refused at the start, not midway.
            return connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw WorkspaceErrors.ImportRunning(Description);
        }
        finally
        {
            connection.DefaultTimeout = DefaultWaitSeconds;
        }
    }

    private static void CheckHeader(string path)
    {
        var header = new byte[Header.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WorkspaceErrors.CannotOpen(path, e.Message);
        }

        // SQLite treats an empty file as a new database.
        if (read != 0 && !header.AsSpan(0, read).SequenceEqual(Header))
        {
            throw WorkspaceErrors.NotSqlite(path);
        }
    }

    private static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WorkspaceErrors.CannotOpen(path, $"its folder cannot be created: {e.Message}");
        }
    }

    public override DbConnection OpenReader()
    {
        var reader = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = DefaultWaitSeconds,
        }.ConnectionString);
        reader.Open();
        return reader;
    }
}
