using ManagerFocus.Tests.Sources.Reviews;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Time;

public sealed class ReviewTimeTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));
    private static readonly TimeSpan Unit = TimeSpan.FromMinutes(20);

    private static TimeLedger Ledger(ReviewScenario s, TimeSpan? unit = null, Period? period = null)
    {
        var ledger = new TimeLedger(s.Organization.People.Count, period ?? Period);
        ReviewTime.AddTo(ledger, s.Import().Activity, unit ?? Unit);
        return ledger;
    }

    private static double Hours(ReviewScenario s, TimeLedger ledger, string id) => ledger.Total(s.PersonIndex(id), Category.Review);

    [Fact]
    public void One_unit_counts_per_reviewer_pull_request_and_day()
    {
        // Given Maya reviews #1 three times on Monday and once on Tuesday, and #2 once on Monday
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T08:00:00Z"),
            PullRequest(2, "ben-gh", "2026-03-02T08:00:00Z"),
            Review(1, "maya-gh", "COMMENTED", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "CHANGES_REQUESTED", "2026-03-02T12:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T17:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-03T09:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-03-02T09:30:00Z")));

        // When
        var ledger = Ledger(s);

        // Then three units of 20 minutes
        Hours(s, ledger, "maya").ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Days_are_utc_calendar_days()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-01T08:00:00Z"),
            PullRequest(2, "ann-gh", "2026-03-01T08:00:00Z"),
            Review(1, "maya-gh", "COMMENTED", "2026-03-02T23:30:00Z"),
            Review(1, "maya-gh", "COMMENTED", "2026-03-03T00:30:00Z"),
            Review(2, "maya-gh", "COMMENTED", "2026-03-02T00:10:00+00:00"),
            Review(2, "maya-gh", "COMMENTED", "2026-03-02T20:50:00-03:00")));

        var ledger = Ledger(s);

        // #1: two days; #2: 00:10 and 23:50 UTC of the same day
        Hours(s, ledger, "maya").ShouldBe(3 * (20 / 60.0), 1e-9);
    }

    [Fact]
    public void Only_reviews_submitted_inside_the_period_count()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2025-12-30T08:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-01-04T23:59:59Z"),
            Review(1, "carl-gh", "APPROVED", "2026-01-05T00:00:00Z"),
            Review(1, "ben-gh", "APPROVED", "2026-04-06T00:00:00Z")));

        var ledger = Ledger(s);

        Hours(s, ledger, "maya").ShouldBe(0);
        Hours(s, ledger, "carl").ShouldBe(20 / 60.0, 1e-9);
        Hours(s, ledger, "ben").ShouldBe(0);
    }

    [Fact]
    public void The_unit_is_configurable()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T08:00:00Z"), Review(1, "maya-gh", "APPROVED", "2026-03-02T09:00:00Z")));

        var ledger = Ledger(s, unit: TimeSpan.FromMinutes(45));

        Hours(s, ledger, "maya").ShouldBe(0.75, 1e-9);
    }

    [Fact]
    public void Units_land_in_the_week_of_the_review()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-01-05T08:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-01-06T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-01-13T09:00:00Z")));

        var ledger = Ledger(s);

        ledger.Week(s.PersonIndex("maya"), 0, Category.Review).ShouldBe(20 / 60.0, 1e-9);
        ledger.Week(s.PersonIndex("maya"), 1, Category.Review).ShouldBe(20 / 60.0, 1e-9);
    }

    [Fact]
    public void Unknown_reviewers_count_for_nobody()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T08:00:00Z"), Review(1, "stranger", "APPROVED", "2026-03-02T09:00:00Z")));

        var ledger = Ledger(s);

        s.Organization.People.Sum(p => ledger.Total(p.Index, Category.Review)).ShouldBe(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Review_hours_match_the_definition_on_a_random_organization(int seed)
    {
        // Given random pull requests and reviews in every state, with self reviews, repeats and unknown logins
        using var s = new ReviewScenario();
        var export = RandomExport.Generate(seed, pullRequests: 150);
        s.Write(export.Json);

        // When
        var ledger = Ledger(s);

        // Then every person's hours match a direct reading of DESIGN.md's definition
        s.Organization.People.Sum(p => export.ExpectedUnits(p.Aliases, Period)).ShouldBeGreaterThan(50);
        foreach (var person in s.Organization.People)
        {
            var expected = export.ExpectedUnits(person.Aliases, Period) * (20 / 60.0);
            ledger.Total(person.Index, Category.Review).ShouldBe(expected, 0.005, person.Id);
        }
    }
}
