using ManagerFocus.Metrics;
using ManagerFocus.Tests.Sources.Reviews;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Metrics;

/// <summary>The review bottleneck takes the author's manager on the pull request's creation day.</summary>
public sealed class DatedReviewBottleneckTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    // Ann reports to Maya until Monday 2026-03-02 and to Carl from Tuesday 2026-03-03.
    private const string People = """
        id,name,manager_id,aliases,effective_date
        maya,Maya,,maya-gh,2026-01-01
        carl,Carl,,carl-gh,2026-01-01
        ann,Ann,maya,ann-gh,2026-01-01
        maya,Maya,,maya-gh,2026-03-03
        carl,Carl,,carl-gh,2026-03-03
        ann,Ann,carl,ann-gh,2026-03-03
        """;

    [Fact]
    public void A_pull_request_belongs_to_the_manager_of_its_creation_day()
    {
        using var s = new ReviewScenario(People);
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T23:00:00Z"),
            PullRequest(2, "ann-gh", "2026-03-03T00:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-03T01:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-03T05:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-03-03T02:00:00Z"),
            Review(2, "carl-gh", "APPROVED", "2026-03-03T08:00:00Z")));
        var bottleneck = new ReviewBottleneck(s.Organization, s.Import().Activity);

        // #1 was created on Maya's last day: she waited 2 h, Carl 6 h
        bottleneck.For(s.Organization.Find("maya")!, Period).ShouldBe(new ReviewBottleneckFigures(2, 6, 1));

        // #2 was created on Carl's first day: he waited 8 h, Maya 2 h
        bottleneck.For(s.Organization.Find("carl")!, Period).ShouldBe(new ReviewBottleneckFigures(8, 2, 1));
    }
}
