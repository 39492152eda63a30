using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Sources.Git;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class GitImporterTests
{
    public sealed class Attribution
    {
        private readonly GitFixture _fixture = new();

        [Fact]
        public void Mailmap_maps_an_old_email_to_its_person()
        {
            // Given a commit under an address nobody claims, mapped by the repository's .mailmap
            var repo = _fixture.Repository();
            repo.WriteFile(".mailmap", "Ada Lovelace <ada@corp.com> <ada@old-job.example>\n");
            repo.Commit("Someone", "ada@old-job.example", "2026-01-06T10:00:00Z");

            // When it is imported
            var log = _fixture.Import(repo.Path);

            // Then it is Ada's, and nothing is unattributed
            _fixture.CodingHours(log, _fixture.Ada).ShouldBe(0.5);
            log.Unattributed(GitFixture.January).ShouldBeEmpty();
        }

        [Fact]
        public void An_author_name_alias_attributes_a_commit_whose_email_is_unknown()
        {
            var repo = _fixture.Repository();
            repo.Commit("countess ada", "laptop@home.example", "2026-01-06T10:00:00Z");

            var log = _fixture.Import(repo.Path);

            _fixture.CodingHours(log, _fixture.Ada).ShouldBe(0.5);
        }

        [Fact]
        public void The_email_wins_over_the_author_name()
        {
            var repo = _fixture.Repository();
            repo.Commit("Countess Ada", "BOB@corp.com", "2026-01-06T10:00:00Z");

            var log = _fixture.Import(repo.Path);

            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(0.5);
            _fixture.CodingHours(log, _fixture.Ada).ShouldBe(0);
        }

        [Theory]
        [InlineData("12345+ada-gh@users.noreply.github.com")]
        [InlineData("ada-gh@users.noreply.github.com")]
        public void A_github_noreply_address_resolves_through_the_login(string email)
        {
            var repo = _fixture.Repository();
            repo.Commit("A. L.", email, "2026-01-06T10:00:00Z");

            var log = _fixture.Import(repo.Path);

            _fixture.CodingHours(log, _fixture.Ada).ShouldBe(0.5);
        }

        [Fact]
        public void Unknown_authors_are_listed_with_their_commit_counts()
        {
            var repo = _fixture.Repository();
            repo.Commit("Stranger", "stranger@else.example", "2026-01-06T10:00:00Z");
            repo.Commit("Stranger", "stranger@else.example", "2026-01-07T10:00:00Z");
            repo.Commit("Visitor", "visitor@else.example", "2026-01-07T11:00:00Z");

            var log = _fixture.Import(repo.Path);

            log.Unattributed(GitFixture.January).OrderByDescending(u => u.Count).Select(u => (u.Identity, u.Count)).ShouldBe(
            [
                ("Stranger <stranger@else.example>", 2),
                ("Visitor <visitor@else.example>", 1),
            ]);
        }

        [Fact]
        public void Bots_are_skipped_and_not_listed_as_unattributed()
        {
            var repo = _fixture.Repository();
            repo.Commit("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "2026-01-06T10:00:00Z");
            repo.Commit("Release Robot", "robot@corp.com", "2026-01-06T11:00:00Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T12:00:00Z");
            var settings = MetricSettings.Default with { BotAuthorPatterns = ["robot@"] };

            var log = CommitLog.Attribute(new GitImporter(_fixture.Warnings).Import([repo.Path]), _fixture.Organization.Identities, settings);

            log.Unattributed(GitFixture.January).ShouldBeEmpty();
            log.BotCommits(GitFixture.January).Commits.ShouldBe(2);
            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(0.5);
        }
    }

    public sealed class Counting
    {
        private readonly GitFixture _fixture = new();

        [Fact]
        public void Merge_commits_are_not_coding()
        {
            // Given a feature commit and, six hours later, a merge of it by the same person
            var repo = _fixture.Repository();
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T08:00:00Z");
            repo.Git("checkout", "-q", "-b", "feature");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T09:00:00Z");
            repo.Git("checkout", "-q", "main");
            repo.Merge("feature", "Bob Builder", "bob@corp.com", "2026-01-06T15:00:00Z");

            var log = _fixture.Import(repo.Path);

            // Then only the two commits an hour apart count: one session of 1 h + 0.5 h
            log.Count.ShouldBe(2);
            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(1.5);
        }

        [Fact]
        public void A_commit_held_by_two_repositories_counts_once()
        {
            var origin = _fixture.Repository("origin");
            origin.Commit("Bob Builder", "bob@corp.com", "2026-01-06T08:00:00Z");
            var clone = TestRepository.Clone(origin.Path, Path.Combine(_fixture.Folder, "clone"));
            clone.Commit("Bob Builder", "bob@corp.com", "2026-01-06T12:00:00Z");

            var log = _fixture.Import(origin.Path, clone.Path);

            log.Count.ShouldBe(2);
            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(1.0);
        }

        [Fact]
        public void Commits_only_on_other_branches_remote_branches_and_tags_are_read()
        {
            var origin = _fixture.Repository("origin");
            origin.Commit("Bob Builder", "bob@corp.com", "2026-01-06T08:00:00Z");
            var clone = TestRepository.Clone(origin.Path, Path.Combine(_fixture.Folder, "clone"));
            origin.Git("checkout", "-q", "-b", "remote-only");
            origin.Commit("Bob Builder", "bob@corp.com", "2026-01-07T08:00:00Z");
            clone.Git("fetch", "-q");
            clone.Git("checkout", "-q", "-b", "side");
            clone.Commit("Bob Builder", "bob@corp.com", "2026-01-08T08:00:00Z");
            clone.Git("checkout", "-q", "--detach", "HEAD");
            clone.Commit("Bob Builder", "bob@corp.com", "2026-01-09T08:00:00Z");
            clone.Git("tag", "tagged");
            clone.Git("checkout", "-q", "main");

            var log = _fixture.Import(clone.Path);

            log.Count.ShouldBe(4);
        }

        [Fact]
        public void Every_commit_is_kept_and_the_period_counts_only_its_own()
        {
            var repo = _fixture.Repository();
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-04T23:59:59Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-05T00:00:00Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-02-01T23:59:59Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-02-02T00:00:00Z");

            var log = _fixture.Import(repo.Path);

            // The import is period-free; the January period (end exclusive) counts the two inside it.
            log.Count.ShouldBe(4);
            log.LatestAuthorUnix.ShouldBe(new DateTimeOffset(2026, 2, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(1.0);
        }

        [Fact]
        public void Old_commits_are_kept_and_a_bot_does_not_move_the_latest_activity()
        {
            var repo = _fixture.Repository();
            repo.Commit("Bob Builder", "bob@corp.com", "2025-06-01T10:00:00Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2025-10-10T10:00:00Z");
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");
            repo.Commit("dependabot[bot]", "bot@example.com", "2026-03-01T10:00:00Z");

            var log = _fixture.Import(repo.Path);

            // The bot's later commit does not move the latest activity.
            log.LatestAuthorUnix.ShouldBe(new DateTimeOffset(2026, 1, 6, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
            log.Count.ShouldBe(4);
        }
    }

    public sealed class BadInput
    {
        private readonly GitFixture _fixture = new();

        [Fact]
        public void A_missing_path_is_a_warning_when_another_path_can_be_read()
        {
            var repo = _fixture.Repository();
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");
            var missing = Path.Combine(_fixture.Folder, "nowhere");

            var log = _fixture.Import(repo.Path, missing);

            log.Count.ShouldBe(1);
            _fixture.WarningsAbout(missing).ShouldHaveSingleItem().ShouldContain("not found");
        }

        [Fact]
        public void Nothing_readable_at_all_is_a_user_error()
        {
            var empty = Directory.CreateDirectory(Path.Combine(_fixture.Folder, "plain")).FullName;

            var error = Should.Throw<UserError>(() => _fixture.Import(empty));

            error.Message.ShouldContain(empty);
            _fixture.WarningsAbout(empty).ShouldHaveSingleItem().ShouldContain("no git repository");
        }

        [Fact]
        public void No_git_executable_is_a_user_error_naming_the_repository()
        {
            var repo = _fixture.Repository();
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");
            var importer = new GitImporter(_fixture.Warnings, "/no/such/git");

            var error = Should.Throw<UserError>(() => importer.Import([repo.Path]));

            error.Message.ShouldContain(repo.Path);
            error.Message.ShouldContain("install git");
        }

        [Fact]
        public void An_empty_repository_is_a_warning()
        {
            var empty = _fixture.Repository("empty");
            var full = _fixture.Repository("full");
            full.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");

            var log = _fixture.Import(_fixture.Folder);

            log.Count.ShouldBe(1);
            _fixture.WarningsAbout(empty.Path).ShouldHaveSingleItem().ShouldContain("no commits");
        }

        [Fact]
        public void A_shallow_clone_is_read_with_a_warning_that_history_is_cut()
        {
            var origin = _fixture.Repository("origin");
            origin.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");
            origin.Commit("Bob Builder", "bob@corp.com", "2026-01-07T10:00:00Z");
            var shallow = TestRepository.Clone("file://" + origin.Path, Path.Combine(_fixture.Folder, "shallow"), "--depth", "1");

            var log = _fixture.Import(shallow.Path);

            log.Count.ShouldBe(1);
            _fixture.WarningsAbout(shallow.Path).ShouldHaveSingleItem().ShouldContain("shallow clone");
        }

        [Fact]
        public void A_corrupt_repository_is_a_warning_with_gits_error_and_other_repositories_still_count()
        {
            // Given a repository that lost a commit object, beside a sound one
            var corrupt = _fixture.Repository("corrupt");
            var lost = corrupt.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");
            corrupt.Commit("Bob Builder", "bob@corp.com", "2026-01-06T11:00:00Z");
            File.Delete(Path.Combine(corrupt.Path, ".git", "objects", lost[..2], lost[2..]));
            var sound = _fixture.Repository("sound");
            sound.Commit("Ada Lovelace", "ada@corp.com", "2026-01-06T10:00:00Z");

            var log = _fixture.Import(_fixture.Folder);

            // Then git's error names the missing object, and the sound repository is counted
            _fixture.WarningsAbout(corrupt.Path).ShouldHaveSingleItem().ShouldContain(lost);
            _fixture.CodingHours(log, _fixture.Ada).ShouldBe(0.5);
        }

        [Fact]
        public void An_unreadable_mailmap_is_a_warning_and_commits_still_count()
        {
            var repo = _fixture.Repository();
            Directory.CreateDirectory(Path.Combine(repo.Path, ".mailmap"));
            repo.Commit("Bob Builder", "bob@corp.com", "2026-01-06T10:00:00Z");

            var log = _fixture.Import(repo.Path);

            _fixture.CodingHours(log, _fixture.Bob).ShouldBe(0.5);
            _fixture.WarningsAbout(Path.Combine(repo.Path, ".mailmap")).ShouldHaveSingleItem().ShouldContain("cannot be read");
        }
    }
}
