namespace ManagerFocus.Generator.Tests;

public sealed class GitRepositoriesTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Each_repository_has_the_commit_count_the_generator_reports()
    {
        foreach (var repo in demo.Repositories)
        {
            var count = int.Parse(DemoFixture.Git(repo, "rev-list", "--all", "--count").Trim());

            count.ShouldBe(demo.Inputs.Summary.CommitsByRepository[Path.GetFileName(repo)], repo);
        }
    }

    [Fact]
    public void The_fork_shares_commits_with_the_repository_it_came_from()
    {
        var hashes = demo.Repositories
            .Select(r => DemoFixture.Git(r, "rev-list", "--all").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet())
            .ToList();

        hashes.SelectMany((a, i) => hashes.Skip(i + 1).Select(b => a.Intersect(b).Count())).Max().ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Histories_have_merges_a_bot_outsiders_and_a_mailmap()
    {
        var people = File.ReadAllText(demo.Inputs.PeoplePath);
        var repos = demo.Repositories.ToList();
        var authors = repos.SelectMany(r => DemoFixture.Git(r, "log", "--no-merges", "--format=%ae").Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var merges = repos.Sum(r => int.Parse(DemoFixture.Git(r, "rev-list", "--merges", "--count", "HEAD").Trim()));

        merges.ShouldBeGreaterThan(0);
        authors.ShouldContain(a => a.Contains("[bot]", StringComparison.Ordinal));
        authors.ShouldContain(a => a.EndsWith("@users.noreply.github.com", StringComparison.Ordinal) && !a.Contains("[bot]", StringComparison.Ordinal));
        authors.ShouldContain(a => !people.Contains(a, StringComparison.OrdinalIgnoreCase) && a.EndsWith("agency-partner.io", StringComparison.Ordinal));
        repos.ShouldAllBe(r => File.Exists(Path.Combine(r, ".mailmap")));
    }
}
