using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Git;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class GitRefFilesTests
{
    private readonly GitFixture _fixture = new();

    [Fact]
    public void Ref_files_give_the_same_tips_as_git_for_loose_packed_tagged_and_remote_refs()
    {
        // Given branches, an annotated and a light tag, a clone with remote branches, and refs packed half-way
        var origin = _fixture.Repository("origin");
        origin.Commit("Ada", "ada@corp.com", "2026-01-05T09:00:00Z");
        origin.Git("tag", "-a", "v1", "-m", "release");
        origin.Git("checkout", "-q", "-b", "feature");
        origin.Commit("Bob", "bob@corp.com", "2026-01-06T09:00:00Z");
        origin.Git("pack-refs", "--all");
        origin.Commit("Bob", "bob@corp.com", "2026-01-07T09:00:00Z");
        origin.Git("tag", "light");
        var clone = TestRepository.Clone(origin.Path, Path.Combine(_fixture.Folder, "clone"));
        clone.Commit("Ada", "ada@corp.com", "2026-01-08T09:00:00Z");

        // Then reading the files agrees with git itself, repository by repository
        foreach (var repository in new[] { origin.Path, clone.Path })
        {
            var fromFiles = GitRefFiles.TryRead(repository);
            fromFiles.ShouldNotBeNull();
            fromFiles.ShouldBe(new GitLogReader().Tips(repository)!);
        }
    }

    [Fact]
    public void A_bare_repository_is_read_too()
    {
        var origin = _fixture.Repository("origin");
        origin.Commit("Ada", "ada@corp.com", "2026-01-05T09:00:00Z");
        var bare = TestRepository.Clone(origin.Path, Path.Combine(_fixture.Folder, "bare.git"), "--bare");

        GitRefFiles.TryRead(bare.Path).ShouldBe(new GitLogReader().Tips(bare.Path)!);
    }

    [Fact]
    public void A_damaged_ref_file_leaves_the_answer_to_git()
    {
        var repo = _fixture.Repository();
        repo.Commit("Ada", "ada@corp.com", "2026-01-05T09:00:00Z");
        File.WriteAllText(Path.Combine(repo.Path, ".git", "refs", "heads", "broken"), "not a hash\n");

        GitRefFiles.TryRead(repo.Path).ShouldBeNull();
    }

    [Fact]
    public void A_second_import_with_the_stored_tips_reads_only_new_commits_and_none_when_nothing_moved()
    {
        // Given a repository imported once
        var repo = _fixture.Repository();
        repo.Commit("Ada", "ada@corp.com", "2026-01-05T09:00:00Z");
        repo.Commit("Bob", "bob@corp.com", "2026-01-06T09:00:00Z");
        var first = new GitImporter(_fixture.Warnings).Import([repo.Path]).Single();

        // When nothing moved, and then when one commit was added
        var unchanged = new GitImporter(_fixture.Warnings).Import([repo.Path], _ => first.Tips).Single();
        repo.Commit("Bob", "bob@corp.com", "2026-01-07T09:00:00Z");
        var grown = new GitImporter(_fixture.Warnings).Import([repo.Path], _ => first.Tips).Single();

        // Then the first import read both, the second none, the third only the new one
        first.Commits.Count.ShouldBe(2);
        unchanged.Commits.ShouldBeEmpty();
        grown.Commits.ShouldHaveSingleItem().AuthorUnix.ShouldBe(DateTimeOffset.Parse("2026-01-07T09:00:00Z").ToUnixTimeSeconds());
        _fixture.Warnings.Count.ShouldBe(0);
    }

    [Fact]
    public void Stored_tips_that_git_no_longer_has_mean_the_whole_history_is_read_again()
    {
        // Given tips from a history that was since rewritten (a force-push) and garbage-collected
        var repo = _fixture.Repository();
        repo.Commit("Ada", "ada@corp.com", "2026-01-05T09:00:00Z");
        var gone = new string('a', 40);

        // When imported against them
        var again = new GitImporter(_fixture.Warnings).Import([repo.Path], _ => [gone]).Single();

        // Then every commit is read (the store keeps each hash once)
        again.Commits.Count.ShouldBe(1);
    }
}
