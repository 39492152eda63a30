using System.Net.Http.Headers;
using ManagerFocus.Web.Data;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// The data-health page and its exports on an organization where two managers have no calendar and two unknown logins
/// look like people of two sibling subtrees: each director sees only their own.
/// </summary>
public sealed class HealthPageTests : IAsyncLifetime
{
    private const string Director = Organization.Director;
    private const string OtherDirector = Organization.OtherDirector;
    private const string Manager = Organization.Manager;
    private const string Report = Organization.Report;

    private readonly TempFolder _temp = new("managerfocus-web-health-");
    private DashboardServer _server = null!;
    private readonly Dictionary<string, string> _tokens = [];
    private string _reportLogin = "";
    private string _otherLogin = "";

    public async ValueTask InitializeAsync()
    {
        var inputs = Path.Combine(_temp.Path, "org");
        var (code, _, stderr) = Cli.Run("generate", "--people", "80", "--out", inputs, "--seed", "42", "--end", "2026-11-02");
        code.ShouldBe(0, stderr);
        var people = File.ReadAllLines(Path.Combine(inputs, "people.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0].TrimStart('\uFEFF'));

        // The manager under the director and the other director lose their calendars.
        foreach (var id in new[] { Manager, OtherDirector })
        {
            // A calendar file is named by its owner's id or email.
            var files = new[] { id, people[id][2] }.Select(name => Path.Combine(inputs, "calendars", $"{name}.ics")).Where(File.Exists).ToList();
            files.ShouldHaveSingleItem();
            File.Delete(files[0]);
        }

        // Two unknown logins: the report's name and the other director's name, each with the words swapped.
        _reportLogin = Swapped(people[Report][1]);
        _otherLogin = Swapped(people[OtherDirector][1]);
        File.WriteAllText(Path.Combine(inputs, "github", "zz-extra-pulls.json"), $$$"""
            [{"url":"https://api.github.com/repos/acme/zz/pulls/1","number":1,"user":{"login":"{{{_reportLogin}}}","type":"User"},"created_at":"2026-10-20T10:00:00Z","head":{"ref":"a"},"base":{"ref":"main"}},
             {"url":"https://api.github.com/repos/acme/zz/pulls/2","number":2,"user":{"login":"{{{_otherLogin}}}","type":"User"},"created_at":"2026-10-21T10:00:00Z","head":{"ref":"b"},"base":{"ref":"main"}}]
            """);

        var workspace = Path.Combine(_temp.Path, "workspace.db");
        (code, _, stderr) = Cli.Run("import", "--workspace", workspace, "--people", Path.Combine(inputs, "people.csv"), "--git", Path.Combine(inputs, "git"),
            "--calendar", Path.Combine(inputs, "calendars"), "--reviews", Path.Combine(inputs, "github"));
        code.ShouldBe(0, stderr);
        _server = await DashboardServer.StartAsync(new DashboardOptions { Workspace = workspace, Urls = "http://127.0.0.1:0", LogLevel = LogLevel.Warning });
        _tokens[Director] = Cli.Token(workspace, "--person", Director);
        _tokens[OtherDirector] = Cli.Token(workspace, "--person", OtherDirector);
        _tokens["admin"] = Cli.Token(workspace, "--admin");
    }

    private static string Swapped(string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        return words[^1] + words[0];
    }

    private HttpClient Client(string who)
    {
        var client = new HttpClient { BaseAddress = _server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[who]);
        return client;
    }

    private async Task<string> Get(string who, string path)
    {
        using var client = Client(who);
        return await client.GetStringAsync(path, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Managers_without_a_calendar_are_a_table_within_each_viewers_scope()
    {
        var director = await Get(Director, "/export/without-calendar.csv");
        var other = await Get(OtherDirector, "/export/without-calendar.csv");
        var admin = await Get("admin", "/export/without-calendar.csv");

        director.ShouldContain($"{Manager},");
        director.ShouldNotContain($"{OtherDirector},");
        other.ShouldContain($"{OtherDirector},");
        other.ShouldNotContain($"{Manager},");
        admin.ShouldContain($"{Manager},");
        admin.ShouldContain($"{OtherDirector},");
    }

    [Fact]
    public async Task Unattributed_identities_show_their_suggested_person_to_an_administrator_and_to_that_persons_managers_only()
    {
        var director = await Get(Director, "/export/unattributed.csv");
        var other = await Get(OtherDirector, "/export/unattributed.csv");
        var admin = await Get("admin", "/export/unattributed.csv");

        director.ShouldContain($"{_reportLogin},");
        director.ShouldContain($"{Report} ");
        director.ShouldNotContain(_otherLogin);
        other.ShouldContain($"{_otherLogin},");
        other.ShouldNotContain(_reportLogin);
        admin.ShouldContain(_reportLogin);
        admin.ShouldContain(_otherLogin);
    }

    [Fact]
    public async Task The_page_shows_the_tables_and_only_an_administrator_sees_warnings_and_notices()
    {
        var director = await Get(Director, "/health");
        var admin = await Get("admin", "/health");

        director.ShouldContain("id=\"without-calendar\"");
        director.ShouldContain("id=\"unattributed\"");
        director.ShouldContain(_reportLogin);
        director.ShouldNotContain("id=\"warnings\"");
        director.ShouldNotContain("id=\"notices\"");
        admin.ShouldContain("id=\"warnings\"");
        admin.ShouldContain("id=\"notices\"");
        admin.ShouldContain("dependabot[bot]");
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }
}
