using Microsoft.Data.Sqlite;

namespace ManagerFocus.Storage.Tests.Databases;

/// <summary>A workspace file in its own temp folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    public SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "mf-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Location = Path.Combine(Folder, "workspace.db");
    }

    public string Folder { get; }

    public string Dialect => "Sqlite";

    public string Location { get; }

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<(string Table, string Column)> Columns()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c WHERE m.type = 'table'";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
