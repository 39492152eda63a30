using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Objects that are not what the import needs: each is a warning naming the file and object.</summary>
public sealed class ReviewBadInputTests
{
    [Fact]
    public void Objects_of_unknown_shape_are_warnings_with_their_position()
    {
        using var s = new ReviewScenario();
        var path = s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            """{"url":"https://api.github.com/repos/acme/api/issues/9","number":9,"title":"An issue"}""",
            "42"));

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        s.Warnings.Kept.Select(w => w.Location).ShouldBe([path + "#2", path + "#3"]);
        s.Warnings.Kept[0].Message.ShouldContain("neither a pull request");
    }

    [Fact]
    public void An_api_error_response_is_named_as_such()
    {
        using var s = new ReviewScenario();
        var path = s.Write("""
            {"message":"Not Found","documentation_url":"https://docs.github.com/rest/pulls/pulls#list-pull-requests","status":"404"}
            """);

        s.Import();

        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(path + "#1");
        warning.Message.ShouldContain("API error response ('Not Found')");
    }

    [Fact]
    public void Many_objects_of_unknown_shape_are_summed_up_per_file()
    {
        using var s = new ReviewScenario();
        var path = s.Write(Page([.. Enumerable.Range(1, 12).Select(i => $$"""{"id":{{i}}}""")]));

        s.Import();

        s.Warnings.Count.ShouldBe(6);
        s.Warnings.Kept[^1].Location.ShouldBe(path);
        s.Warnings.Kept[^1].Message.ShouldContain("7 more objects of unknown shape");
    }

    [Fact]
    public void Reviews_of_pull_requests_that_no_file_contains_are_one_warning_per_file()
    {
        using var s = new ReviewScenario();
        var path = s.Write(Page(
            Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-02T10:00:00Z"),
            Review(2, "maya-gh", "COMMENTED", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.Activity.Reviews.Length.ShouldBe(0);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(path);
        warning.Message.ShouldContain("3 review(s)");
        warning.Message.ShouldContain($"{Repo}/pulls/1");
    }

    [Fact]
    public void A_pull_request_without_a_creation_time_is_a_warning_and_its_reviews_still_count()
    {
        using var s = new ReviewScenario();
        var path = s.Write(Page(
            PullRequest(1, "ann-gh", null),
            PullRequest(2, "ann-gh", "yesterday"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.Activity.Reviews.Length.ShouldBe(1);
        result.Activity.PullRequests[0].HasCreation.ShouldBeFalse();
        s.Warnings.Kept.Select(w => (w.Location, w.Message.Contains("created_at", StringComparison.Ordinal)))
            .ShouldBe([(path + "#1", true), (path + "#2", true)]);
        s.Warnings.Kept[1].Message.ShouldContain("unparsable");
    }

    [Fact]
    public void A_submitted_review_without_a_submission_time_is_a_warning_and_skipped()
    {
        using var s = new ReviewScenario();
        var path = s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), Review(1, "maya-gh", "APPROVED", null)));

        var result = s.Import();

        result.Activity.Reviews.Length.ShouldBe(0);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(path + "#2");
        warning.Message.ShouldContain("submitted_at");
    }

    [Fact]
    public void A_null_user_a_deleted_account_is_a_notice_and_never_a_warning()
    {
        // Given a pull request and a review whose users were deleted
        using var s = new ReviewScenario();
        var path = s.Write(Page(
            PullRequest(1, null, "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z"),
            PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(2, null, "APPROVED", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        // Then neither review counts: one has no reviewer, the other an author who might be the reviewer
        result.Activity.Reviews.Length.ShouldBe(0);
        s.Warnings.Count.ShouldBe(0);
        var notices = s.Warnings.Notices.Where(n => n.Message.Contains("no user", StringComparison.Ordinal)).ToList();
        notices.Count.ShouldBe(2);
        notices.Select(n => n.Location).ShouldBe([path + "#1", path + "#4"], ignoreOrder: true);
    }

    [Fact]
    public void A_review_in_an_unknown_state_is_a_warning()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), Review(1, "maya-gh", "LGTM", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.Activity.Reviews.Length.ShouldBe(0);
        s.Warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("unknown state 'LGTM'");
    }

    [Fact]
    public void Review_states_in_lower_case_are_understood()
    {
        using var s = new ReviewScenario();
        s.Write(Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "changes_requested", "2026-03-02T10:00:00Z"),
            Review(1, "carl-gh", "pending", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.Activity.Reviews.ToArray().ShouldHaveSingleItem().Reviewer.ShouldBe(s.PersonIndex("maya"));
        s.Warnings.Count.ShouldBe(0);
    }

    [Fact]
    public void Titles_and_bodies_never_reach_warnings()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, null, null, title: "Secret merger plan"), Review(9, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

        s.Import();

        s.Warnings.Count.ShouldBeGreaterThan(0);
        s.Warnings.Kept.ShouldAllBe(w => !w.Message.Contains("Secret", StringComparison.Ordinal)
            && !w.Message.Contains("body for the review", StringComparison.Ordinal));
    }
}
