using System.Net;
using Microsoft.Extensions.Logging;
using static ManagerFocus.Web.Tests.Organization;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// Server mode signed in end to end through an OpenID Connect provider on loopback (authorization code, PKCE, the code
/// returned on a redirect as over http,
/// an RS256 ID token checked against the provider's published keys): who the dashboard then takes the user for, and
/// every way the round trip can be refused.
/// </summary>
public sealed class OidcSignInTests(DashboardFixture dashboard)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<DashboardServer> Dashboard(TestIdentityProvider provider, string? personClaim, string secret = TestIdentityProvider.ClientSecret) =>
        await DashboardServer.StartAsync(new DashboardOptions
        {
            Workspace = dashboard.Organization.Workspace,
            Urls = "http://127.0.0.1:0",
            LogLevel = LogLevel.Critical,
            Settings = new Dictionary<string, string?>
            {
                ["Oidc:Authority"] = provider.Authority,
                ["Oidc:ClientId"] = TestIdentityProvider.ClientId,
                ["Oidc:ClientSecret"] = secret,
                ["Oidc:Scopes"] = "openid email",
                ["Oidc:PersonClaim"] = personClaim ?? "",
                ["Oidc:RequireHttps"] = "false",
            },
        }, Cancellation);

    private static HttpClient Browser(DashboardServer server) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = server.Address };

    /// <summary>
    /// Clicks "sign in", lets the provider sign the next user in and follows its redirect back (over http the dashboard
    /// asks for the code in the query): the dashboard's answer, and the callback address a browser visited.
    /// </summary>
    private static async Task<(HttpResponseMessage Answer, Uri Callback)> SignInAsync(HttpClient browser)
    {
        using var start = await browser.GetAsync("/signin/oidc", Cancellation);
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        System.Web.HttpUtility.ParseQueryString(start.Headers.Location!.Query)["response_mode"].ShouldNotBe("form_post");
        using var authorize = await browser.GetAsync(start.Headers.Location, Cancellation);
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = authorize.Headers.Location!;
        return (await browser.GetAsync(callback, Cancellation), callback);
    }

    private string EmailOf(string id) =>
        File.ReadLines(dashboard.Organization.People).First(line => line.StartsWith(id + ",", StringComparison.Ordinal)).Split(',')[2];

    [Fact]
    public async Task A_director_signed_in_by_a_stable_claim_sees_their_subtree_and_gets_404_for_the_sibling_subtree()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        provider.NextUser = new() { ["sub"] = "provider-user-17", ["oid"] = Director };
        await using var server = await Dashboard(provider, personClaim: "oid");
        using var browser = Browser(server);

        var (answer, _) = await SignInAsync(browser);

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe("/");
        (await browser.GetAsync($"/managers/{Director}", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/managers/{Manager}", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/managers/{OtherDirector}", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync("/audit", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        provider.Refusals.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_configured_claim_a_verified_email_names_the_person()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        provider.NextUser = new() { ["sub"] = "provider-user-3", ["email"] = EmailOf(Report).ToUpperInvariant(), ["email_verified"] = true };
        await using var server = await Dashboard(provider, personClaim: null);
        using var browser = Browser(server);

        var (answer, _) = await SignInAsync(browser);

        answer.Headers.Location!.OriginalString.ShouldBe("/");
        (await browser.GetAsync($"/people/{Report}/explain", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/managers/{Manager}", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("unverified email")]
    [InlineData("claim naming nobody")]
    [InlineData("forged signature")]
    [InlineData("wrong client secret")]
    public async Task A_sign_in_the_dashboard_cannot_trust_ends_on_the_sign_in_page_without_a_session(string shape)
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        provider.NextUser = shape switch
        {
            "unverified email" => new() { ["sub"] = "u", ["email"] = EmailOf(Director), ["email_verified"] = false },
            "claim naming nobody" => new() { ["sub"] = "u", ["oid"] = "p999999" },
            _ => new() { ["sub"] = "u", ["oid"] = Director },
        };
        provider.SignWithUnpublishedKey = shape == "forged signature";
        await using var server = await Dashboard(provider, personClaim: shape == "unverified email" ? null : "oid",
            secret: shape == "wrong client secret" ? "not-the-secret" : TestIdentityProvider.ClientSecret);
        using var browser = Browser(server);

        var (answer, _) = await SignInAsync(browser);

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe("/signin?error=provider");
        using var home = await browser.GetAsync("/", Cancellation);
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.AbsolutePath.ShouldBe("/signin");
        if (shape == "wrong client secret")
        {
            provider.Refusals.ShouldHaveSingleItem().ShouldBe("invalid_client");
        }
    }

    [Fact]
    public async Task A_captured_callback_replayed_from_another_browser_signs_nobody_in()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        provider.NextUser = new() { ["sub"] = "provider-user-17", ["oid"] = Director };
        await using var server = await Dashboard(provider, personClaim: "oid");
        using var victim = Browser(server);
        var (_, callback) = await SignInAsync(victim);

        using var attacker = Browser(server);
        using var replay = await attacker.GetAsync(callback, Cancellation);

        replay.Headers.Location!.OriginalString.ShouldBe("/signin?error=provider");
        (await attacker.GetAsync($"/managers/{Director}", Cancellation)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
