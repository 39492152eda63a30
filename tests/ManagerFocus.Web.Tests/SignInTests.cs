using System.Net;
using System.Text.RegularExpressions;

namespace ManagerFocus.Web.Tests;

/// <summary>Sign-in by one-time link and by token, the session cookie's flags, anti-forgery, sign-out and replayed or forged cookies.</summary>
public sealed partial class SignInTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_printed_link_signs_an_administrator_in_once_and_never_again()
    {
        // Given a fresh link, as serve prints it
        var link = dashboard.Server.App.Services.GetService(typeof(Data.WorkspaceAccess)) is Data.WorkspaceAccess access
            ? access.Use(a => a.Issue(Storage.WebToken.LinkKind, null, "test link", TimeSpan.FromMinutes(5)).Secret)
            : throw new InvalidOperationException();
        var (first, _) = dashboard.Browser();
        var (second, _) = dashboard.Browser();

        // When
        using var used = await first.GetAsync($"/signin/link?code={link}", TestContext.Current.CancellationToken);
        using var replayed = await second.GetAsync($"/signin/link?code={link}", TestContext.Current.CancellationToken);

        // Then
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = used.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mf_session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        (await first.GetAsync("/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_sign_in_form_takes_a_token_and_refuses_a_post_without_its_anti_forgery_token()
    {
        // Given
        var (browser, _) = dashboard.Browser();
        var form = await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        antiforgery.ShouldNotBeEmpty();

        // When
        using var forged = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = dashboard.Tokens[Role.Manager]! }), TestContext.Current.CancellationToken);
        using var wrong = await browser.PostAsync("/signin", Form(antiforgery, "mf_wrongwrongwrongwrongwrongwrongwrongwrongwro"), TestContext.Current.CancellationToken);
        using var signedIn = await browser.PostAsync("/signin", Form(antiforgery, dashboard.Tokens[Role.Manager]!), TestContext.Current.CancellationToken);

        // Then
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var home = await browser.GetStringAsync("/", TestContext.Current.CancellationToken);
        home.ShouldContain($"person {Organization.Director}");
    }

    [Fact]
    public async Task After_sign_out_a_replayed_session_cookie_is_refused_with_a_401()
    {
        // Given a signed-in browser and a copy of its cookie
        var (browser, cookies) = dashboard.Browser();
        var antiforgery = AntiforgeryField().Match(await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken)).Groups[1].Value;
        (await browser.PostAsync("/signin", Form(antiforgery, dashboard.Tokens[Role.Person]!), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = cookies.GetCookies(dashboard.Server.Address)["mf_session"]!.Value;
        var page = await browser.GetStringAsync("/signout", TestContext.Current.CancellationToken);
        var signOutToken = AntiforgeryField().Match(page).Groups[1].Value;

        // When
        using var signedOut = await browser.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = signOutToken }), TestContext.Current.CancellationToken);
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = dashboard.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"mf_session={session}");
        using var replayed = await replay.SendAsync(request, TestContext.Current.CancellationToken);

        // Then
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await replayed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("sign in again");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_session_cookie_is_refused_with_a_401(string value)
    {
        // Given
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = dashboard.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/managers/{Organization.Manager}");
        request.Headers.Add("Cookie", $"mf_session={value}");

        // When
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Every_form_of_every_page_carries_an_anti_forgery_token()
    {
        // Given
        using var admin = dashboard.Client(Role.Admin);
        using var anonymous = dashboard.Client(Role.Anonymous);
        var pages = new List<string> { await anonymous.GetStringAsync("/signin", TestContext.Current.CancellationToken) };
        foreach (var path in new[] { "/", $"/managers/{Organization.Manager}", "/health", "/policy", "/audit", "/evidence", "/signout" })
        {
            pages.Add(await admin.GetStringAsync(path, TestContext.Current.CancellationToken));
        }

        // When
        var postForms = pages.SelectMany(p => PostForm().Matches(p).Select(m => m.Value)).ToList();

        // Then
        postForms.Count.ShouldBeGreaterThan(pages.Count - 1);
        postForms.ShouldAllBe(f => f.Contains("__RequestVerificationToken"));
    }

    private static FormUrlEncodedContent Form(string antiforgery, string token) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["token"] = token });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<form method=\"post\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();
}
