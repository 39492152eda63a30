using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Real API objects (github3.py's test fixtures) read as the importer meets them.</summary>
public sealed class GitHubCorpusTests
{
    private const string People = """
        id,name,email,manager_id,aliases
        boss,Boss,boss@example.com,,hubot
        octo,Octo Cat,octo@example.com,boss,octocat
        """;

    [Theory]
    [InlineData("pull_request_example.json")]
    [InlineData("short_pull_request_example.json")]
    public void A_real_pull_request_object_is_recognized_and_attributed(string name)
    {
        using var s = new ReviewScenario(People);
        s.Write(Corpus.Text(name));

        var result = s.Import();

        var pr = result.Activity.PullRequests.ToArray().ShouldHaveSingleItem();
        pr.Author.ShouldBe(s.PersonIndex("octo"));
        pr.CreatedUnix.ShouldBe(DateTimeOffset.Parse("2011-01-26T19:01:12Z").ToUnixTimeSeconds());
        s.Warnings.Count.ShouldBe(0);
    }

    [Fact]
    public void A_real_pending_review_is_recognized_and_does_not_count()
    {
        using var s = new ReviewScenario(People);
        s.Write(Page(Corpus.Text("pull_request_example.json"), Corpus.Text("pull_review_example.json")));

        var result = s.Import();

        // A pending review is no activity record at all.
        result.ReviewObjects.ShouldBe(0);
        result.PullRequestObjects.ShouldBe(1);
        result.Activity.Reviews.Length.ShouldBe(0);
        s.Warnings.Count.ShouldBe(0);
    }

    [Fact]
    public void A_real_review_once_submitted_counts_for_its_reviewer()
    {
        // Given the corpus review, approved by hubot, on the corpus pull request
        using var s = new ReviewScenario(People);
        var review = Corpus.Text("pull_review_example.json")
            .Replace("\"PENDING\"", "\"APPROVED\", \"submitted_at\": \"2011-01-27T08:00:00Z\"", StringComparison.Ordinal)
            .Replace("\"login\": \"octocat\"", "\"login\": \"hubot\"", StringComparison.Ordinal);
        s.Write(Page(Corpus.Text("short_pull_request_example.json")) + Page(review));

        var result = s.Import();

        result.Activity.Reviews.ToArray().ShouldHaveSingleItem().Reviewer.ShouldBe(s.PersonIndex("boss"));
        s.Warnings.Count.ShouldBe(0);
    }

    [Fact]
    public void A_real_review_comment_is_named_as_a_review_comment()
    {
        using var s = new ReviewScenario(People);
        var path = s.Write(Page(Corpus.Text("review_comment_example.json")));

        s.Import();

        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(path + "#1");
        warning.Message.ShouldContain("review comment");
    }
}
