using System.Data.Common;
using System.Net.Sockets;
using ManagerFocus.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ManagerFocus.Storage.Postgres;

/// <summary>A workspace in a PostgreSQL database, shared by several users; imports take a transaction-scoped advisory lock.</summary>
internal sealed class PostgresStore : Store
{
    // pg_advisory locks are per database: one key for imports, one for migrations ("MF" + a number).
    private const long ImportLock = 0x4D46_0001;
    private const long MigrationLock = 0x4D46_0002;
    private readonly NpgsqlConnectionStringBuilder _builder;

    private PostgresStore(NpgsqlConnection connection, NpgsqlConnectionStringBuilder builder, ILogger logger, TimeProvider time)
        : base(connection, $"PostgreSQL workspace {DatabaseOf(builder)} on {builder.Host}:{builder.Port}", logger, time)
    {
        _builder = builder;
    }

    public override string Dialect => "Postgres";

    public static PostgresStore Open(string location, ILogger logger, TimeProvider time)
    {
        var builder = PostgresLocation.Parse(location);
        var store = new PostgresStore(new NpgsqlConnection(builder.ConnectionString), builder, logger, time);
        try
        {
            store.Connection.Open();
        }
        catch (Exception e) when (e is DbException or TimeoutException or SocketException)
        {
            store.Dispose();
            throw store.TranslateOpen(e);
        }

        logger.LogInformation("Opened {Workspace}", store.Description);
        return store;
    }

    public override UserError NotAWorkspace() => WorkspaceErrors.ForeignPostgres(Description);

    public override IReadOnlyList<string> Tables(SqlRunner sql)
    {
        var tables = new List<string>();
        using var reader = sql.Reader("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public override DbTransaction BeginMigration()
    {
        var transaction = ((NpgsqlConnection)Connection).BeginTransaction();
        using var sql = new SqlRunner(Connection, transaction);
        sql.Execute("SELECT pg_advisory_xact_lock(@p0)", MigrationLock);
        return transaction;
    }

    public override StoreImport BeginImport()
    {
        var transaction = ((NpgsqlConnection)Connection).BeginTransaction();
        using (var sql = new SqlRunner(Connection, transaction))
        {
            if (sql.Scalar("SELECT pg_try_advisory_xact_lock(@p0)", ImportLock) is not true)
            {
                transaction.Rollback();
                transaction.Dispose();
                throw WorkspaceErrors.ImportRunning(Description);
            }
        }

        return new PostgresImport(transaction, Logger, Time, Description);
    }

    public override UserError? Translate(DbException exception) => exception switch
    {
        PostgresException { SqlState: "25006" or "42501" } => WorkspaceErrors.ReadOnly($"{Description} (for user '{_builder.Username}')"),
        PostgresException { SqlState: "53100" } => new UserError($"{Description}: the server's disk is full ({((PostgresException)exception).MessageText})."),
        PostgresException => null,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } =>
            new UserError($"{Description}: the connection to the server was lost ({exception.InnerException!.Message}); try again."),
        _ => null,
    };

    private static string DatabaseOf(NpgsqlConnectionStringBuilder builder) => builder.Database ?? builder.Username ?? "postgres";

    private UserError TranslateOpen(Exception exception)
    {
        var server = $"{_builder.Host}:{_builder.Port}";
        return exception switch
        {
            PostgresException { SqlState: "3D000" } =>
                new UserError($"PostgreSQL database '{DatabaseOf(_builder)}' does not exist on {server}; create it (createdb {DatabaseOf(_builder)}) or fix Database in the workspace location."),
            PostgresException { SqlState: "28P01" or "28000" } e =>
                new UserError($"PostgreSQL on {server} refused the login of user '{_builder.Username}' ({e.MessageText}); check Username and Password."),
            PostgresException e =>
                new UserError($"PostgreSQL on {server} refused the connection ({e.MessageText})."),
            NpgsqlException { InnerException: SocketException socket } =>
                new UserError($"cannot reach PostgreSQL at {server} ({socket.Message}); check Host and Port and that the server is running."),
            NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
                new UserError($"cannot reach PostgreSQL at {server} (no answer within {_builder.Timeout} s); check Host and Port and that the server is running."),
            NpgsqlException e when e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                new UserError($"PostgreSQL on {server} asks user '{_builder.Username}' for a password and none was given; add Password to the workspace location."),
            _ => new UserError($"cannot open the PostgreSQL workspace {DatabaseOf(_builder)} on {server} ({exception.Message})."),
        };
    }

    public override DbConnection OpenReader()
    {
        var reader = new NpgsqlConnection(_builder.ConnectionString);
        reader.Open();
        return reader;
    }
}
