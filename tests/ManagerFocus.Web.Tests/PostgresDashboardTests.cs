using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ManagerFocus.Storage.Tests.Databases;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Tests;

/// <summary>The dashboard over a PostgreSQL workspace answers as it does over SQLite.</summary>
public sealed class PostgresDashboardTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_postgres_workspace_serves_the_same_report_and_its_tokens()
    {
        // Given the same inputs imported into PostgreSQL
        using var database = new PostgresTestDatabase();
        dashboard.Organization.Import(database.Location);
        var token = Cli.Token(database.Location, "--person", Organization.Director);
        await using var server = await DashboardServer.StartAsync(new DashboardOptions
        {
            Workspace = database.Location,
            Urls = "http://127.0.0.1:0",
            LogLevel = LogLevel.Warning,
        }, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var sqlite = dashboard.Client(Role.Manager);

        // When
        var fromPostgres = JsonNode.Parse(await client.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;
        var fromSqlite = JsonNode.Parse(await sqlite.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;

        // Then
        fromPostgres["managers"]!.AsArray().Count.ShouldBeGreaterThan(1);
        JsonNode.DeepEquals(fromPostgres["managers"], fromSqlite["managers"]).ShouldBeTrue();
        (await client.GetAsync($"/managers/{Organization.OtherDirector}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
