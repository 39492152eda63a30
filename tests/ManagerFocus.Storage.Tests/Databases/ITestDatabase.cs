namespace ManagerFocus.Storage.Tests.Databases;

/// <summary>A real, throw-away database for one test: where a workspace opens it and raw SQL for arranging and inspecting.</summary>
public interface ITestDatabase : IDisposable
{
    string Location { get; }

    /// <summary>The folder of the database's migrations: Sqlite or Postgres.</summary>
    string Dialect { get; }

    void Execute(string sql);

    /// <summary>Every (table, column) of the database's current schema.</summary>
    IReadOnlyList<(string Table, string Column)> Columns();
}
