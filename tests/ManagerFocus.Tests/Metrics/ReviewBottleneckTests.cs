using ManagerFocus.Metrics;
using ManagerFocus.Tests.Sources.Reviews;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Metrics;

public sealed class ReviewBottleneckTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    private static ReviewBottleneckFigures? Figures(ReviewScenario s, string manager = "maya", Period? period = null) =>
        new ReviewBottleneck(s.Organization, s.Import().Activity).For(s.Organization.Find(manager)!, period ?? Period);

    [Fact]
    public void The_managers_median_is_over_hours_to_the_managers_first_review()
    {
        // Given three pull requests by Maya's reports, first reviewed by her after 2, 4 and 10 hours
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            PullRequest(2, "ben-gh", "2026-03-03T09:00:00Z"),
            PullRequest(3, "ann-gh", "2026-03-04T09:00:00Z"),
            Review(1, "maya-gh", "CHANGES_REQUESTED", "2026-03-02T11:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T15:00:00Z"),
            Review(2, "maya-gh", "COMMENTED", "2026-03-03T13:00:00Z"),
            Review(3, "maya-gh", "PENDING", null),
            Review(3, "maya-gh", "APPROVED", "2026-03-04T19:00:00Z")));

        // When
        var figures = Figures(s);

        // Then
        figures.ShouldBe(new ReviewBottleneckFigures(4, null, 3));
    }

    [Fact]
    public void The_others_median_is_over_each_other_reviewers_first_review_of_those_pull_requests()
    {
        // Given Carl and Ben review Ann's #1 (1 h, 3 h), Carl reviews Ben's #2 (5 h); Ben also comments on his own #2
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            PullRequest(2, "ben-gh", "2026-03-03T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T19:00:00Z"),
            Review(1, "carl-gh", "COMMENTED", "2026-03-02T10:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-02T12:00:00Z"),
            Review(1, "ben-gh", "APPROVED", "2026-03-02T12:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-03-04T09:00:00Z"),
            Review(2, "carl-gh", "APPROVED", "2026-03-03T14:00:00Z"),
            Review(2, "ben-gh", "COMMENTED", "2026-03-03T09:30:00Z")));

        var figures = Figures(s);

        // Then the manager's waits are 10 h and 24 h; the others' are 1, 3 and 5 h
        figures.ShouldBe(new ReviewBottleneckFigures(17, 3, 2));
    }

    [Fact]
    public void Pull_requests_the_manager_did_not_review_are_left_out()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T11:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-02T10:00:00Z"),
            Review(2, "maya-gh", "DISMISSED", "2026-03-02T10:00:00Z"),
            Review(2, "carl-gh", "APPROVED", "2026-03-02T21:00:00Z")));

        Figures(s).ShouldBe(new ReviewBottleneckFigures(2, 1, 1));
    }

    [Fact]
    public void Only_pull_requests_created_in_the_period_count_however_late_the_review()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-01-04T23:00:00Z"),
            PullRequest(2, "ann-gh", "2026-04-05T22:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-01-05T01:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-04-07T22:00:00Z")));

        Figures(s).ShouldBe(new ReviewBottleneckFigures(48, null, 1));
    }

    [Fact]
    public void Leavers_pull_requests_count_and_other_teams_do_not()
    {
        // Given Lea (left on 1 February) and Carl (not Maya's report) opened pull requests Maya reviewed
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "lea-gh", "2026-01-20T09:00:00Z"),
            PullRequest(2, "carl-gh", "2026-01-20T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-01-20T15:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-01-20T10:00:00Z")));

        Figures(s).ShouldBe(new ReviewBottleneckFigures(6, null, 1));
        Figures(s, "carl").ShouldBeNull();
    }

    [Fact]
    public void Reviewers_with_unknown_logins_count_among_the_others()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T11:00:00Z"),
            Review(1, "contractor", "APPROVED", "2026-03-02T09:30:00Z")));

        Figures(s).ShouldBe(new ReviewBottleneckFigures(2, 0.5, 1));
    }

    [Fact]
    public void The_figures_are_null_when_the_manager_reviewed_none_of_their_reports_pull_requests()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), Review(1, "carl-gh", "APPROVED", "2026-03-02T11:00:00Z")));

        Figures(s).ShouldBeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_figures_match_the_definition_on_a_random_organization(int seed)
    {
        // Given random pull requests and reviews in every state, with self reviews, a second login and unknown logins
        using var s = new ReviewScenario();
        var export = RandomExport.Generate(seed, pullRequests: 200);
        s.Write(export.Json);

        // When
        var figures = Figures(s);

        // Then they match a direct reading of DESIGN.md's definition
        var expected = Expected(s, export, "maya");
        figures.ShouldNotBeNull();
        figures.PullRequests.ShouldBe(expected.PullRequests);
        figures.ManagerMedianHours!.Value.ShouldBe(expected.ManagerMedianHours!.Value, 1e-9);
        figures.OthersMedianHours!.Value.ShouldBe(expected.OthersMedianHours!.Value, 1e-9);
    }

    private static ReviewBottleneckFigures Expected(ReviewScenario s, RandomExport export, string managerId)
    {
        var org = s.Organization;
        string Who(string login) => org.People.FirstOrDefault(p => p.Aliases.Contains(login, StringComparer.OrdinalIgnoreCase))?.Id ?? login;
        var manager = org.Find(managerId)!;
        var managerWaits = new List<double>();
        var othersWaits = new List<double>();
        foreach (var pr in export.PullRequests.Where(pr => Period.Contains(pr.Created.ToUnixTimeSeconds())))
        {
            var author = Who(pr.Login);
            if (org.Find(author)?.ManagerId != manager.Id)
            {
                continue;
            }

            var firsts = export.Reviews
                .Where(r => r.Number == pr.Number && r.State is "APPROVED" or "CHANGES_REQUESTED" or "COMMENTED")
                .Where(r => !r.Login.EndsWith("[bot]", StringComparison.Ordinal) && Who(r.Login) != author && r.Submitted >= pr.Created)
                .GroupBy(r => Who(r.Login))
                .ToDictionary(g => g.Key, g => g.Min(r => r.Submitted));
            if (firsts.Remove(manager.Id, out var first))
            {
                managerWaits.Add((first - pr.Created).TotalHours);
                othersWaits.AddRange(firsts.Values.Select(t => (t - pr.Created).TotalHours));
            }
        }

        return new ReviewBottleneckFigures(ReviewBottleneck.Median(managerWaits), ReviewBottleneck.Median(othersWaits), managerWaits.Count);
    }

    [Theory]
    [InlineData(new double[] { 5 }, 5)]
    [InlineData(new double[] { 9, 1, 5 }, 5)]
    [InlineData(new double[] { 8, 2, 4, 100 }, 6)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(double[] values, double median)
    {
        ReviewBottleneck.Median([.. values]).ShouldBe(median);
    }
}
