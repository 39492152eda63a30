using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ManagerFocus.Web.Tests;

/// <summary>The manager page draws the report's weekly series, and asks the engine for 13, 26 or 52 weeks.</summary>
public sealed partial class WeeklySeriesTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_manager_page_shows_a_row_and_a_chart_for_every_week_of_the_report()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);
        var report = JsonNode.Parse(await director.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;
        var weeks = report["managers"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == Organization.Manager)!["weeks"]!.AsArray();

        // When
        var page = await director.GetStringAsync($"/managers/{Organization.Manager}", TestContext.Current.CancellationToken);
        var csv = await director.GetStringAsync($"/export/weeks.csv?id={Organization.Manager}", TestContext.Current.CancellationToken);

        // Then
        weeks.Count.ShouldBe(13);
        page.ShouldContain("<figure class=\"weekly\"><svg");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])
            .ShouldBe(weeks.Select(w => w!["week"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(26)]
    [InlineData(52)]
    public async Task The_longer_views_are_the_engines_analysis_of_that_many_weeks(int count)
    {
        // Given
        using var director = dashboard.Client(Role.Manager);
        var page = await director.GetStringAsync($"/managers/{Organization.Manager}", TestContext.Current.CancellationToken);
        var link = WeeksLink().Matches(page).Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal)).Single(l => l.EndsWith("&to=2026-11-02", StringComparison.Ordinal) && l.Contains($"from={new DateOnly(2026, 11, 2).AddDays(-7 * count):yyyy-MM-dd}", StringComparison.Ordinal));

        // When
        var longer = await director.GetStringAsync(link, TestContext.Current.CancellationToken);
        var csv = await director.GetStringAsync($"/export/weeks.csv?id={Organization.Manager}&{link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..]}", TestContext.Current.CancellationToken);

        // Then
        longer.ShouldContain("Week by week");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(count + 1);
    }

    [GeneratedRegex("href=\"(/managers/p006\\?from=[^\"]+)\">\\d+ weeks</a>")]
    private static partial Regex WeeksLink();
}
