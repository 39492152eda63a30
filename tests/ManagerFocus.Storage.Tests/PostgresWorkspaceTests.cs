using ManagerFocus.Diagnostics;
using ManagerFocus.Storage.Tests.Databases;
using Npgsql;

namespace ManagerFocus.Storage.Tests;

/// <summary>The storage suite on a PostgreSQL database, and what only a server location can get wrong.</summary>
public sealed class PostgresWorkspaceTests : WorkspaceSuite
{
    private const string Secret = "s3cret-never-shown";

    protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();

    [Fact]
    public void The_description_names_database_host_and_port_and_never_the_password()
    {
        // Given
        var builder = new NpgsqlConnectionStringBuilder(Database.Location);

        // When
        using var workspace = Open();

        // Then
        workspace.Description.ShouldBe($"PostgreSQL workspace {builder.Database} on {builder.Host}:{builder.Port}");
    }

    [Fact]
    public void A_postgres_url_opens_the_same_workspace()
    {
        // Given
        var b = new NpgsqlConnectionStringBuilder(Database.Location);
        var url = $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password ?? "")}@{b.Host}:{b.Port}/{b.Database}";

        // When
        using var workspace = Workspace.Open(url);

        // Then
        workspace.IsEmpty.ShouldBeTrue();
        workspace.Description.ShouldBe($"PostgreSQL workspace {b.Database} on {b.Host}:{b.Port}");
    }

    [Fact]
    public void A_connection_string_with_bad_syntax_is_refused_without_the_password()
    {
        // Given / When
        var error = Should.Throw<UserError>(() => Workspace.Open($"Host=localhost;Hots=x;Password={Secret}"));

        // Then
        error.Message.ShouldStartWith("the PostgreSQL connection string is not valid (");
        error.Message.ShouldNotContain(Secret);
    }

    [Fact]
    public void An_unreachable_server_is_refused_with_where_it_was_looked_for()
    {
        // Given nothing listens on port 1
        var location = $"Host=127.0.0.1;Port=1;Database=w;Username=u;Password={Secret};Timeout=3";

        // When
        var error = Should.Throw<UserError>(() => Workspace.Open(location));

        // Then
        error.Message.ShouldStartWith("cannot reach PostgreSQL at 127.0.0.1:1 (");
        error.Message.ShouldNotContain(Secret);
    }

    [Fact]
    public void A_wrong_password_is_refused_without_printing_it()
    {
        // Given
        var location = new NpgsqlConnectionStringBuilder(Database.Location) { Password = Secret }.ConnectionString;

        // When
        var error = Should.Throw<UserError>(() => Workspace.Open(location));

        // Then
        error.Message.ShouldContain("refused the login of user");
        error.Message.ShouldNotContain(Secret);
    }

    [Fact]
    public void A_missing_database_is_refused_by_name()
    {
        // Given
        var location = new NpgsqlConnectionStringBuilder(Database.Location) { Database = "mf_no_such_database" }.ConnectionString;

        // When
        var error = Should.Throw<UserError>(() => Workspace.Open(location));

        // Then
        error.Message.ShouldStartWith("PostgreSQL database 'mf_no_such_database' does not exist on ");
    }
}
