using System.Net;
using System.Text.Json.Nodes;

namespace ManagerFocus.Web.Tests;

/// <summary>Bad input gets a clear 4xx problem answer, never a 500 or a stack trace.</summary>
public sealed class BadInputTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/api/report?from=2026-02-30&to=2026-03-30", 400, "not a date")]
    [InlineData("/api/report?from=yesterday", 400, "YYYY-MM-DD")]
    [InlineData("/api/report?from=2026-05-01&to=2026-04-01", 400, "must be after")]
    [InlineData("/api/report?from=2020-01-01&to=2026-01-01", 400, "longer than")]
    [InlineData("/api/report?from=1900-01-01&to=1900-02-01", 400, "outside the periods")]
    [InlineData("/api/report?from=2026-01-01&from=2026-02-01", 400, "not a date")]
    [InlineData("/?from=2026-13-01", 400, "not a date")]
    [InlineData("/managers/p006?to=0000-00-00", 400, "not a date")]
    public async Task An_unknown_period_is_a_400_that_says_what_to_fix(string path, int status, string says)
    {
        // Given
        using var admin = dashboard.Client(Role.Admin);

        // When
        using var response = await admin.GetAsync(path, TestContext.Current.CancellationToken);

        // Then
        ((int)response.StatusCode).ShouldBe(status);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        problem["detail"]!.GetValue<string>().ShouldContain(says);
        problem.ToJsonString().ShouldNotContain(" at ManagerFocus");
    }

    [Theory]
    [InlineData("Bearer mf_short")]
    [InlineData("Bearer mf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer ' OR 1=1 --")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task A_malformed_or_unknown_token_is_a_401(string header)
    {
        // Given
        using var client = dashboard.Client(Role.Anonymous);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/report");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        // When
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("managerfocus token");
    }

    [Fact]
    public async Task An_oversized_query_is_a_414()
    {
        // Given
        using var admin = dashboard.Client(Role.Admin);

        // When
        using var response = await admin.GetAsync("/api/report?x=" + new string('a', 3000), TestContext.Current.CancellationToken);

        // Then
        ((int)response.StatusCode).ShouldBe(414);
    }

    [Fact]
    public async Task A_request_line_past_the_server_limit_is_a_4xx()
    {
        // Given
        using var admin = dashboard.Client(Role.Admin);

        // When
        using var response = await admin.GetAsync("/api/report?x=" + new string('a', 20_000), TestContext.Current.CancellationToken);

        // Then
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
    }

    [Fact]
    public async Task An_unknown_person_is_the_same_404_as_one_outside_the_scope()
    {
        // Given
        using var sibling = dashboard.Client(Role.OtherManager);

        // When
        using var unknown = await sibling.GetAsync("/api/explain/nobody-has-this-id", TestContext.Current.CancellationToken);
        using var hidden = await sibling.GetAsync($"/api/explain/{Organization.Report}", TestContext.Current.CancellationToken);

        // Then
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var a = JsonNode.Parse(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var b = JsonNode.Parse(await hidden.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        (a["title"]!.GetValue<string>(), a["detail"]!.GetValue<string>()).ShouldBe((b["title"]!.GetValue<string>(), b["detail"]!.GetValue<string>()));
    }
}
