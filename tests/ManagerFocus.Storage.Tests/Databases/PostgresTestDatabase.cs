using Npgsql;

namespace ManagerFocus.Storage.Tests.Databases;

/// <summary>
/// A database of its own on the server MANAGERFOCUS_TEST_POSTGRES names (a role that may CREATE DATABASE), dropped
/// afterwards. Without that variable the test fails with how to start a server; it is skipped only outside CI when
/// MANAGERFOCUS_SKIP_POSTGRES=1 says so.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly string _admin;
    private readonly string _name = "mf_test_" + Guid.NewGuid().ToString("N");

    public PostgresTestDatabase()
    {
        _admin = AdminConnection();
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            command.ExecuteNonQuery();
        }

        Location = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    public string Dialect => "Postgres";

    public string Location { get; }

    /// <summary>The server's connection string, for tests that build their own wrong ones.</summary>
    public static string AdminConnection()
    {
        var connection = Environment.GetEnvironmentVariable("MANAGERFOCUS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return connection;
        }

        var inCi = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false" && ci != "0";
        if (!inCi && Environment.GetEnvironmentVariable("MANAGERFOCUS_SKIP_POSTGRES") == "1")
        {
            Assert.Skip("PostgreSQL tests skipped: MANAGERFOCUS_SKIP_POSTGRES=1 and MANAGERFOCUS_TEST_POSTGRES is not set.");
        }

        Assert.Fail(
            "MANAGERFOCUS_TEST_POSTGRES is not set, so the PostgreSQL half of the storage suite cannot run. Start a server " +
            "(e.g. apt-get install -y postgresql, or `bash .ci/run`, which starts a throw-away one) and export " +
            "MANAGERFOCUS_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=postgres;Password=...' for a role that may " +
            "CREATE DATABASE; or set MANAGERFOCUS_SKIP_POSTGRES=1 to skip them outside CI.");
        return "";
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<(string Table, string Column)> Columns()
    {
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()", connection);
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
