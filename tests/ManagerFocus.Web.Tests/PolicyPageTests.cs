using System.Net;
using System.Text.RegularExpressions;

namespace ManagerFocus.Web.Tests;

/// <summary>The policy page's draft preview: the engine's evaluator over the viewer's managers, and a clear 400 for a broken draft.</summary>
public sealed partial class PolicyPageTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_stricter_draft_flags_the_directors_managers_that_the_policy_in_force_does_not()
    {
        // Given
        var (browser, antiforgery) = await SignedIn(Role.Manager);
        const string draft = "version: 1\nrules:\n  coding-cap:\n    severity: error\n    max-coding-share: 0.01\n";

        // When
        using var response = await browser.PostAsync("/policy", Form(antiforgery, draft), TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Then: every manager of the subtree codes more than 1% (four of them), none more than 30%.
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        CodingCapRow().Match(page).Groups[1].Value.ShouldBe("0");
        CodingCapRow().Match(page).Groups[2].Value.ShouldBe("4");
    }

    [Fact]
    public async Task A_draft_that_is_not_a_policy_file_is_a_400_that_says_why()
    {
        // Given
        var (browser, antiforgery) = await SignedIn(Role.Person);

        // When
        using var response = await browser.PostAsync("/policy", Form(antiforgery, "rules:\n  coding-cap:\n    max-coding-share: lots\n"), TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("role=\"alert\"");
    }

    private async Task<(HttpClient Browser, string Antiforgery)> SignedIn(Role role)
    {
        var (browser, _) = dashboard.Browser();
        var token = Antiforgery().Match(await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken)).Groups[1].Value;
        using var signIn = await browser.PostAsync("/signin",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["token"] = dashboard.Tokens[role]! }),
            TestContext.Current.CancellationToken);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var policy = await browser.GetStringAsync("/policy", TestContext.Current.CancellationToken);
        return (browser, Antiforgery().Match(policy).Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(string antiforgery, string draft) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["draft"] = draft });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex(@"<td>coding-cap</td>\s*<td>(\d+)</td>\s*<td>\d+</td>\s*<td>(\d+)</td>")]
    private static partial Regex CodingCapRow();
}
