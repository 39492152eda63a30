using Npgsql;

namespace ManagerFocus.Benchmarks.Storage;

/// <summary>
/// A fresh, empty workspace location: a SQLite file in a temp folder, or a new database on the server that
/// MANAGERFOCUS_BENCH_POSTGRES (else MANAGERFOCUS_TEST_POSTGRES) names, dropped afterwards.
/// </summary>
internal sealed class StorageTarget : IDisposable
{
    private readonly string? _admin;
    private readonly string? _database;
    private readonly string? _folder;

    public StorageTarget(string kind)
    {
        if (kind == "SQLite")
        {
            _folder = Directory.CreateTempSubdirectory("managerfocus-storage-bench-").FullName;
            Location = Path.Combine(_folder, "workspace.db");
            return;
        }

        _admin = Environment.GetEnvironmentVariable("MANAGERFOCUS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("MANAGERFOCUS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set MANAGERFOCUS_BENCH_POSTGRES to a connection string of a role that may CREATE DATABASE");
        _database = "mf_bench_" + Guid.NewGuid().ToString("N");
        Run($"CREATE DATABASE {_database}");
        Location = new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString;
    }

    public string Location { get; }

    public long Bytes => _folder is not null
        ? Directory.EnumerateFiles(_folder).Sum(f => new FileInfo(f).Length)
        : Convert.ToInt64(Scalar($"SELECT pg_database_size('{_database}')"));

    public void Dispose()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            Run($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private void Run(string sql) => Scalar(sql);

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
