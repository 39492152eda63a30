using ManagerFocus.Activity;
using ManagerFocus.Metrics;
using ManagerFocus.Time;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Tests.Time;

public sealed class CommitLogTests
{
    private static readonly long Start = new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private static readonly AuthorIdentity Ada = new("ada@corp.com", "Ada Lovelace");
    private static readonly AuthorIdentity Stranger = new("someone@else.example", "Someone");
    private static readonly AuthorIdentity Bot = new("bot@corp.com", "dependabot[bot]");

    private static CommitRecord Commit(int n, AuthorIdentity author, long? at = null) =>
        new(new CommitId((ulong)n, 0, 0, 0), author, at ?? Start + (n * 600L));

    private static CommitLog Attribute(params RepositoryActivity[] repositories) =>
        CommitLog.Attribute(repositories, new GitFixture().Organization.Identities, MetricSettings.Default);

    private static RepositoryActivity Repository(string name, params CommitRecord[] commits) => new(name, commits, []);

    [Fact]
    public void A_hash_seen_in_two_repositories_counts_once_preferring_the_copy_attributed_to_a_person()
    {
        // Given one commit that one repository's .mailmap names for Ada and another leaves as a stranger
        var log = Attribute(Repository("fork", Commit(1, Stranger)), Repository("main", Commit(1, Ada)));

        // Then it is kept once, as Ada's, and the stranger is not listed
        log.Count.ShouldBe(1);
        log.Unattributed(GitFixture.January).ShouldBeEmpty();
    }

    [Fact]
    public void Bot_commits_do_not_move_the_latest_activity()
    {
        var log = Attribute(Repository("r", Commit(1, Ada), Commit(5, Bot)));

        log.LatestAuthorUnix.ShouldBe(Start + 600);
        log.BotCommits(GitFixture.January).Commits.ShouldBe(1);
    }

    [Fact]
    public void Identities_are_attributed_with_the_people_file_given_at_analysis_not_at_import()
    {
        // Given commits imported once under an address nobody claims
        var repository = Repository("r", Commit(1, new AuthorIdentity("ada@laptop.example", "Ada at home")));

        // When the organization gains that address as an alias, the same records are attributed anew
        var before = CommitLog.Attribute([repository], new GitFixture().Organization.Identities, MetricSettings.Default);
        var org = Builders.Org("id,name,email,aliases\nada,Ada Lovelace,ada@corp.com,ada@laptop.example\n");
        var after = CommitLog.Attribute([repository], org.Identities, MetricSettings.Default);

        // Then it was unattributed before and is Ada's after
        before.Unattributed(GitFixture.January).ShouldHaveSingleItem().Identity.ShouldBe("Ada at home <ada@laptop.example>");
        after.Unattributed(GitFixture.January).ShouldBeEmpty();
    }
}
