using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace ManagerFocus.Web.Tests;

/// <summary>`managerfocus token`: the token alone on stdout, listed without its secret, revoked for good.</summary>
public sealed partial class TokenCommandTests(DashboardFixture dashboard)
{
    [Fact]
    public void A_new_token_is_printed_alone_on_stdout()
    {
        // When
        var (code, stdout, stderr) = Cli.Run("token", "--workspace", dashboard.Organization.Workspace, "--person", Organization.Manager, "--label", "script");

        // Then
        code.ShouldBe(0);
        TokenLine().IsMatch(stdout).ShouldBeTrue(stdout);
        stderr.ShouldContain($"person {Organization.Manager}");
    }

    [Fact]
    public async Task A_revoked_token_no_longer_opens_the_api_and_the_list_shows_it_revoked_without_its_secret()
    {
        // Given
        var secret = Cli.Token(dashboard.Organization.Workspace, "--person", Organization.Manager, "--label", "to-revoke");
        using var client = new HttpClient { BaseAddress = dashboard.Server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = Cli.Run("token", "--workspace", dashboard.Organization.Workspace, "--list").Stdout
            .Split('\n').Single(l => l.EndsWith("to-revoke", StringComparison.Ordinal)).Trim().Split(' ')[0];

        // When
        var (code, _, stderr) = Cli.Run("token", "--workspace", dashboard.Organization.Workspace, "--revoke", id);
        var list = Cli.Run("token", "--workspace", dashboard.Organization.Workspace, "--list").Stdout;

        // Then
        code.ShouldBe(0, stderr);
        (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        list.Split('\n').Single(l => l.EndsWith("to-revoke", StringComparison.Ordinal)).ShouldContain("revoked");
        list.ShouldNotContain(secret);
    }

    [Theory]
    [InlineData("--admin --person p001")]
    [InlineData("")]
    [InlineData("--revoke 999999")]
    [InlineData("--person p001 --days 0")]
    public void Wrong_options_are_one_clear_line_and_exit_2(string given)
    {
        // Given
        var options = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // When
        var (code, stdout, stderr) = Cli.Run(["token", "--workspace", dashboard.Organization.Workspace, .. options]);

        // Then
        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').Length.ShouldBe(1);
        stderr.ShouldStartWith("managerfocus:");
    }

    [Fact]
    public void Serve_refuses_an_address_other_than_loopback_in_local_mode()
    {
        // When
        var (code, _, stderr) = Cli.Run("serve", "--workspace", dashboard.Organization.Workspace, "--urls", "http://0.0.0.0:5999");

        // Then
        code.ShouldBe(2);
        stderr.ShouldContain("loopback");
    }

    [Fact]
    public void Serve_refuses_an_empty_workspace_before_listening()
    {
        // Given
        using var temp = new TempFolder();

        // When
        var (code, _, stderr) = Cli.Run("serve", "--workspace", Path.Combine(temp.Path, "empty.db"), "--urls", "http://127.0.0.1:0");

        // Then
        code.ShouldBe(2);
        stderr.ShouldContain("holds nothing yet");
    }

    [GeneratedRegex("^mf_[A-Za-z0-9_-]{43}\n$")]
    private static partial Regex TokenLine();
}
