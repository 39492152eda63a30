using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

public sealed class ReviewBadInputTests
{
    [Fact]
    public void Invalid_json_is_a_warning_with_its_line_and_the_next_page_is_still_read()
    {
        // Given a paginated file whose second page is broken in the middle of an object
        using var s = new ReviewScenario();
        var broken = Page(PullRequest(2, "ben-gh", "2026-03-02T09:00:00Z"), PullRequest(3, "ben-gh", "2026-03-02T09:00:00Z"))
            .Replace("\"number\":3,", "\"number\":3,,", StringComparison.Ordinal);
        var path = s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")) + "\n" + broken + "\n"
            + Page(PullRequest(4, "ann-gh", "2026-03-02T09:00:00Z")));

        // When
        var result = s.Import();

        // Then pull requests 1, 2 and 4 are kept, 3 is not, and the warning points into the file
        result.PullRequestObjects.ShouldBe(3);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldStartWith(path + ":");
        var line = int.Parse(warning.Location[(path.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        File.ReadAllLines(path)[line - 1].ShouldContain("\"number\":3");
        warning.Message.ShouldContain("invalid JSON");
    }

    [Fact]
    public void A_truncated_file_keeps_the_objects_before_the_cut()
    {
        using var s = new ReviewScenario();
        var text = Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z"));
        s.Write(text[..(text.Length - 40)]);

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        s.Warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("invalid JSON");
    }

    [Fact]
    public void A_file_that_is_not_json_is_a_warning()
    {
        using var s = new ReviewScenario();
        s.Write("<html><body>502 Bad Gateway</body></html>");

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(0);
        s.Warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("JSON");
    }

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
    public void A_utf8_byte_order_mark_is_skipped_and_utf16_is_a_warning()
    {
        using var s = new ReviewScenario();
        var text = Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"));
        File.WriteAllText(s.Write("", "utf8.json"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var utf16 = s.Write("", "utf16.json");
        File.WriteAllText(utf16, text, System.Text.Encoding.Unicode);

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(utf16);
        warning.Message.ShouldContain("UTF-16");
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
    public void A_null_user_is_a_warning()
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
        s.Warnings.Kept.Select(w => w.Location).ShouldBe([path + "#1", path + "#4"]);
        s.Warnings.Kept.ShouldAllBe(w => w.Message.Contains("no user", StringComparison.Ordinal));
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
    public void Text_that_is_not_valid_utf8_spoils_only_its_own_object()
    {
        // Given a review whose state and another whose login hold bytes that are not UTF-8, beside a good one
        using var s = new ReviewScenario();
        var path = s.Write("");
        var text = Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED-XX", "2026-03-02T10:00:00Z"),
            Review(1, "ben-XX", "APPROVED", "2026-03-02T10:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-02T10:00:00Z"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        for (var at = Array.IndexOf(bytes, (byte)'X'); at >= 0; at = Array.IndexOf(bytes, (byte)'X', at + 2))
        {
            (bytes[at], bytes[at + 1]) = (0xC3, 0x28);
        }

        File.WriteAllBytes(path, bytes);

        // When
        var result = s.Import();

        // Then Carl's review counts, the bad state is a warning and the bad login matches nobody
        result.Activity.Reviews.ToArray().Count(r => r.Reviewer == s.PersonIndex("carl")).ShouldBe(1);
        result.Activity.Reviews.ToArray().ShouldNotContain(r => r.Reviewer == s.PersonIndex("maya") || r.Reviewer == s.PersonIndex("ben"));
        s.Warnings.Kept.ShouldHaveSingleItem().Location.ShouldBe(path + "#2");
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
    public void Values_larger_than_the_read_buffer_are_read()
    {
        // Given a pull request whose body is far larger than the importer's 64 KiB buffer
        using var s = new ReviewScenario();
        var huge = PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")
            .Replace("Please pull these awesome changes", new string('x', 300_000) + "\\u00e9\\n", StringComparison.Ordinal);
        s.Write(Page(huge, PullRequest(2, "ben-gh", "2026-03-02T09:00:00Z"), Review(2, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(2);
        result.Activity.Reviews.Length.ShouldBe(1);
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
