using System.Text.Json;

namespace ManagerFocus.Web.Tests;

/// <summary>The drill-down's coding sessions and reviews: the engine's explain rows, the report's figures, the viewer's scope.</summary>
public sealed class ExplainDrillDownTests(DashboardFixture dashboard)
{
    private async Task<JsonElement> Get(Role role, string path)
    {
        using var client = dashboard.Client(role);
        var text = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        foreach (var secret in new[] { Organization.CommitSecret, Organization.Secret })
        {
            text.ShouldNotContain(secret);
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task The_api_lists_a_managers_coding_sessions_and_reviews_with_the_reports_totals()
    {
        // When the director asks for the manager's evidence and the report
        var explained = await Get(Role.Manager, $"/api/explain/{Organization.Manager}");
        var report = await Get(Role.Manager, "/api/report");

        // Then the planted commit is in a session, and every total is the report's figure
        var sessions = explained.GetProperty("codingSessions").EnumerateArray().ToList();
        sessions.SelectMany(s => s.GetProperty("commits").EnumerateArray()).ShouldContain(c => c.GetProperty("time").GetString() == "2026-10-14T09:00:00Z");
        explained.GetProperty("reviews").ValueKind.ShouldBe(JsonValueKind.Array);
        explained.GetProperty("occurrences").GetArrayLength().ShouldBeGreaterThan(0);
        var manager = report.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == Organization.Manager);
        var totals = explained.GetProperty("totals");
        foreach (var figure in new[] { "codingHours", "reviewHours", "meetingHours", "oneOnOneHours" })
        {
            totals.GetProperty(figure).GetDouble().ShouldBe(manager.GetProperty(figure).GetDouble(), figure);
        }

        sessions.Sum(s => s.GetProperty("hours").GetDouble()).ShouldBe(totals.GetProperty("codingHours").GetDouble(), 0.01 * sessions.Count);
    }

    [Fact]
    public async Task A_person_sees_no_pull_request_author_outside_their_own_scope()
    {
        var explained = await Get(Role.Person, $"/api/explain/{Organization.Report}");

        explained.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("author"))
            .ShouldAllBe(a => a.ValueKind == JsonValueKind.Null || a.GetString() == Organization.Report);
    }

    [Fact]
    public async Task The_sessions_and_reviews_export_as_csv_in_scope()
    {
        using var director = dashboard.Client(Role.Manager);

        var sessions = await director.GetStringAsync($"/export/explain-sessions.csv?id={Organization.Manager}", TestContext.Current.CancellationToken);
        var reviews = await director.GetStringAsync($"/export/explain-reviews.csv?id={Organization.Manager}", TestContext.Current.CancellationToken);

        sessions.ShouldStartWith("first commit (UTC),last commit (UTC),hours,commits,repositories,commit times (UTC)");
        sessions.ShouldContain("2026-10-14T09:00:00Z");
        sessions.ShouldNotContain(Organization.CommitSecret);
        reviews.ShouldStartWith("submitted (UTC),day (UTC),repository,pull request,counted");
    }
}
