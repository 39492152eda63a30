using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Reviews;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

public sealed class ReviewImporterTests
{
    public sealed class Recognition
    {
        [Fact]
        public void Reviews_link_to_pull_requests_by_url_across_files()
        {
            // Given reviews in a file read before the file of their pull request
            using var s = new ReviewScenario();
            s.Write(Page(Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")), "a-reviews.json");
            s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")), "b-pulls.json");

            // When
            var result = s.Import();

            // Then
            var review = result.Activity.Reviews.ToArray().ShouldHaveSingleItem();
            review.Reviewer.ShouldBe(s.PersonIndex("maya"));
            result.Activity.PullRequests[review.PullRequest].Author.ShouldBe(s.PersonIndex("ann"));
            s.Warnings.Count.ShouldBe(0);
        }

        [Theory]
        [InlineData("")]
        [InlineData("\n")]
        public void Paginated_output_of_concatenated_arrays_is_read_whole(string separator)
        {
            // Given gh api --paginate output: one array per page, one after another
            using var s = new ReviewScenario();
            s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), PullRequest(2, "ben-gh", "2026-03-03T09:00:00Z"))
                + separator + Page(PullRequest(3, "ann-gh", "2026-03-04T09:00:00Z"))
                + separator + Page(Review(3, "maya-gh", "COMMENTED", "2026-03-05T09:00:00Z")));

            // When
            var result = s.Import();

            // Then
            result.PullRequestObjects.ShouldBe(3);
            result.Activity.Reviews.Length.ShouldBe(1);
            s.Warnings.Count.ShouldBe(0);
        }

        [Fact]
        public void Slurped_output_of_arrays_inside_an_array_is_read_too()
        {
            using var s = new ReviewScenario();
            s.Write("[" + Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")) + "," + Page(Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")) + "]");

            var result = s.Import();

            result.Activity.Reviews.Length.ShouldBe(1);
            s.Warnings.Count.ShouldBe(0);
        }

        [Fact]
        public void An_export_that_found_nothing_is_read_without_a_warning()
        {
            using var s = new ReviewScenario();
            s.Write("[]\n");
            s.Write("[]\n[]");
            s.Write("");

            var result = s.Import();

            result.PullRequestObjects.ShouldBe(0);
            s.Warnings.Count.ShouldBe(0);
        }

        [Fact]
        public void Pending_and_dismissed_reviews_do_not_count()
        {
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
                Review(1, "maya-gh", "PENDING", null),
                Review(1, "carl-gh", "DISMISSED", "2026-03-03T09:00:00Z")));

            var result = s.Import();

            // Only counting reviews are activity records, so neither moves the latest activity either.
            result.Activity.Reviews.Length.ShouldBe(0);
            result.LatestActivityUnix.ShouldBe(DateTimeOffset.Parse("2026-03-02T09:00:00Z").ToUnixTimeSeconds());
            s.Warnings.Count.ShouldBe(0);
        }

        [Fact]
        public void Self_reviews_do_not_count_even_under_another_login_of_the_author()
        {
            // Given Ben comments on his own pull request under both of his logins
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(1, "ben-gh", "2026-03-02T09:00:00Z"),
                Review(1, "ben-gh", "COMMENTED", "2026-03-02T10:00:00Z"),
                Review(1, "BENJI", "COMMENTED", "2026-03-02T11:00:00Z"),
                Review(1, "carl-gh", "APPROVED", "2026-03-02T12:00:00Z")));

            var result = s.Import();

            result.Activity.Reviews.ToArray().ShouldHaveSingleItem().Reviewer.ShouldBe(s.PersonIndex("carl"));
        }

        [Fact]
        public void The_same_pull_request_exported_twice_counts_once()
        {
            using var s = new ReviewScenario();
            s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")));
            s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), Review(1, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

            var result = s.Import();

            result.Activity.PullRequests.Length.ShouldBe(1);
            result.Activity.ReviewsOf(0).Length.ShouldBe(1);
        }

        [Fact]
        public void Pull_requests_of_different_repositories_with_the_same_number_stay_apart()
        {
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(7, "ann-gh", "2026-03-02T09:00:00Z"),
                PullRequest(7, "maya-gh", "2026-03-02T09:00:00Z", repo: "https://api.github.com/repos/acme/web"),
                Review(7, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

            var result = s.Import();

            // Maya's review is of Ann's pull request in acme/api, so it is not a self review.
            result.PullRequestObjects.ShouldBe(2);
            result.Activity.Reviews.ToArray().ShouldHaveSingleItem().Reviewer.ShouldBe(s.PersonIndex("maya"));
        }
    }

    public sealed class Attribution
    {
        [Fact]
        public void Logins_match_aliases_whatever_their_case()
        {
            using var s = new ReviewScenario();
            s.Write(Page(PullRequest(1, "Ann-GH", "2026-03-02T09:00:00Z"), Review(1, "MAYA-gh", "APPROVED", "2026-03-02T10:00:00Z")));

            var result = s.Import();

            result.Activity.PullRequests[0].Author.ShouldBe(s.PersonIndex("ann"));
            result.Activity.Reviews[0].Reviewer.ShouldBe(s.PersonIndex("maya"));
            result.Unattributed(Period.EndingAfter(new DateOnly(2026, 3, 2))).ShouldBeEmpty();
        }

        [Fact]
        public void Unknown_logins_are_listed_with_the_pull_requests_and_counting_reviews_they_carry()
        {
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(1, "zed", "2026-03-02T09:00:00Z"),
                PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z"),
                Review(1, "ann-gh", "APPROVED", "2026-03-02T10:00:00Z"),
                Review(2, "zed", "COMMENTED", "2026-03-02T10:00:00Z"),
                Review(2, "zed", "PENDING", null)));

            var result = s.Import();

            result.Unattributed(Period.EndingAfter(new DateOnly(2026, 3, 2))).ShouldBe([("zed", 2)]);
            result.Activity.Reviews.ToArray().Count(r => r.Reviewer >= result.Activity.People).ShouldBe(1);
            result.Activity.Reviews.ToArray().Count(r => r.Reviewer == s.PersonIndex("ann")).ShouldBe(1);
        }

        [Fact]
        public void Bots_are_skipped_with_a_count_in_a_notice_but_peoples_reviews_of_their_pull_requests_count()
        {
            using var s = new ReviewScenario();
            var path = s.Write(Page(
                PullRequest(1, "dependabot[bot]", "2026-03-02T09:00:00Z", type: "Bot"),
                PullRequest(2, "dependabot[bot]", "2026-03-05T09:00:00Z", type: "Bot"),
                Review(1, "ann-gh", "APPROVED", "2026-03-02T10:00:00Z"),
                Review(1, "copilot-pull-request-reviewer", "COMMENTED", "2026-03-02T10:00:00Z", type: "Bot"),
                Review(1, "renovate[bot]", "COMMENTED", "2026-03-02T10:00:00Z")));

            var result = s.Import();

            result.Activity.Reviews.ToArray().ShouldHaveSingleItem().Reviewer.ShouldBe(s.PersonIndex("ann"));
            result.LatestActivityUnix.ShouldBe(DateTimeOffset.Parse("2026-03-02T10:00:00Z").ToUnixTimeSeconds());
            result.Unattributed(Period.EndingAfter(new DateOnly(2026, 3, 2))).ShouldBeEmpty();
            s.Warnings.Count.ShouldBe(0);
            var notice = s.Warnings.Notices.ShouldHaveSingleItem();
            notice.Location.ShouldBe(path);
            notice.Message.ShouldContain("2 reviews by bots");
            notice.Message.ShouldContain("2 pull requests by bots");
        }
    }

    public sealed class Paths
    {
        [Fact]
        public void A_missing_path_is_a_user_error()
        {
            using var s = new ReviewScenario();

            var error = Should.Throw<UserError>(() => ReviewImporter.Read([Path.Combine(s.Folder, "nope")], s.Warnings));

            error.Message.ShouldContain("nope");
        }

        [Fact]
        public void A_folder_without_json_files_is_a_user_error()
        {
            using var s = new ReviewScenario();
            Directory.CreateDirectory(s.ExportFolder);

            Should.Throw<UserError>(() => s.Import()).Message.ShouldContain("no .json files");
        }

        [Fact]
        public void A_single_file_path_is_read_folders_are_read_recursively_and_no_file_twice()
        {
            using var s = new ReviewScenario();
            var file = s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")));
            Directory.CreateDirectory(Path.Combine(s.ExportFolder, "web"));
            s.Write(Page(PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z")), Path.Combine("web", "pulls.json"));

            ReviewImporter.Read([file], s.Warnings).Sum(e => e.PullRequests.Count).ShouldBe(1);
            s.Import().PullRequestObjects.ShouldBe(2);
            ReviewImporter.Read([file, s.ExportFolder], s.Warnings).Sum(e => e.PullRequests.Count).ShouldBe(2);
        }
    }
}
