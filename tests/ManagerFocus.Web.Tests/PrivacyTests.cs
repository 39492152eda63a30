using System.Net;

namespace ManagerFocus.Web.Tests;

/// <summary>No page, export or API answer holds a calendar title, description or location, or a commit message.</summary>
public sealed class PrivacyTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task No_answer_to_any_viewer_holds_private_text_from_the_inputs()
    {
        // Given
        var secrets = dashboard.Organization.PrivateText().Distinct().ToList();
        secrets.ShouldContain(Organization.Secret);
        secrets.Count.ShouldBeGreaterThan(10);
        var paths = AccessMatrix.Cases.Select(c => c.Path).Concat(["/?sort=name&dir=desc", $"/export/explain.csv?id={Organization.Manager}"]).Distinct().ToList();

        // When
        var leaks = new List<string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = dashboard.Client(role);
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                leaks.AddRange(secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase) || text.Contains(WebUtility.HtmlEncode(s), StringComparison.OrdinalIgnoreCase))
                    .Select(s => $"{role} {path}: {s}"));
            }
        }

        // Then
        leaks.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_planted_meeting_is_in_the_evidence_by_its_times_only()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);

        // When
        var csv = await director.GetStringAsync($"/export/explain.csv?id={Organization.Manager}", TestContext.Current.CancellationToken);

        // Then
        csv.ShouldContain("2026-10-14T13:00Z,2026-10-14T14:00Z");
        csv.ShouldNotContain(Organization.Secret);
    }
}
