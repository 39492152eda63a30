using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Storage.Tests.Databases;
using static ManagerFocus.Storage.Tests.Records;

namespace ManagerFocus.Storage.Tests;

/// <summary>The storage suite on a SQLite file, and what only a file can get wrong.</summary>
public sealed class SqliteWorkspaceTests : WorkspaceSuite
{
    private SqliteTestDatabase File => (SqliteTestDatabase)Database;

    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public void A_missing_folder_is_created_and_the_description_names_the_file()
    {
        // Given
        var location = Path.Combine(File.Folder, "new", "deeper", "w.db");

        // When
        using var workspace = Workspace.Open(location);

        // Then
        System.IO.File.Exists(location).ShouldBeTrue();
        workspace.Description.ShouldBe($"SQLite workspace {location}");
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused()
    {
        // Given
        System.IO.File.WriteAllText(File.Location, "id,name,manager_id\n1,Ana,\n");

        // When
        var error = Should.Throw<UserError>(() => Open());

        // Then
        error.Message.ShouldStartWith($"{File.Location} is not a ManagerFocus workspace (not an SQLite database)");
    }

    [Fact]
    public void An_sqlite_database_of_another_application_is_refused()
    {
        // Given
        File.Execute("CREATE TABLE schema_version (version text)");

        // When
        var error = Should.Throw<UserError>(() => Open());

        // Then
        error.Message.ShouldStartWith($"{File.Location} is an SQLite database but not a ManagerFocus workspace");
    }

    [Fact]
    public void A_damaged_file_is_refused()
    {
        // Given a workspace whose header survives but whose pages are overwritten
        Import(Repository("/r", Commit(1, Ana, 10)));
        using (var stream = new FileStream(File.Location, FileMode.Open))
        {
            stream.Position = 16;
            stream.Write(Enumerable.Repeat((byte)0xA5, 8192).ToArray());
        }

        // When
        var error = Should.Throw<UserError>(() =>
        {
            using var workspace = Open();
            workspace.Load();
        });

        // Then
        error.Message.ShouldStartWith($"{File.Location} is a damaged SQLite file");
    }

    [Fact]
    public void A_folder_given_as_the_file_is_refused()
    {
        // Given / When
        var error = Should.Throw<UserError>(() => Workspace.Open(File.Folder));

        // Then
        error.Message.ShouldBe($"{File.Folder} is a folder; give the workspace a file name, such as {Path.Combine(File.Folder, "workspace.db")}.");
    }

    [Fact]
    public void A_location_under_a_file_cannot_be_created()
    {
        // Given
        var file = Path.Combine(File.Folder, "plain.txt");
        System.IO.File.WriteAllText(file, "x");

        // When
        var error = Should.Throw<UserError>(() => Workspace.Open(Path.Combine(file, "w.db")));

        // Then
        error.Message.ShouldContain("the workspace cannot be opened (its folder cannot be created");
    }

    [Fact]
    public void A_first_import_builds_the_commit_indexes_at_its_end_and_a_rolled_back_one_keeps_them()
    {
        // Given a first import that is abandoned, then one that commits
        using (var workspace = Open())
        {
            using var abandoned = workspace.BeginImport();
            abandoned.AddCommits(Repository("/r", Commit(1, Ana, 10)), []);
        }

        var afterRollback = CommitIndexes();
        Import(Repository("/r", Commit(1, Ana, 10)));

        // When
        var afterCommit = CommitIndexes();

        // Then
        afterRollback.ShouldBe(["commits_by_identity", "commits_by_time"]);
        afterCommit.ShouldBe(["commits_by_identity", "commits_by_time"]);
    }

    private List<string> CommitIndexes()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={File.Location};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'commits' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private void Import(RepositoryActivity repository)
    {
        using var workspace = Open();
        using var import = workspace.BeginImport();
        import.AddCommits(repository, []);
        import.Commit();
    }
}
