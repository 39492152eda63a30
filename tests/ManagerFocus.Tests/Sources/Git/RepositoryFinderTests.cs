using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Git;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class RepositoryFinderTests
{
    [Fact]
    public void A_folder_is_searched_for_work_trees_and_bare_repositories()
    {
        var folder = TestRepository.NewFolder();
        var work = TestRepository.Init(Path.Combine(folder, "team-a", "service"));
        var bare = TestRepository.Init(Path.Combine(folder, "mirrors", "lib.git"), bare: true);

        var found = RepositoryFinder.Find(folder, new WarningLog());

        found.ShouldBe([bare.Path, work.Path]);
    }

    [Fact]
    public void A_repository_inside_a_found_work_tree_is_not_entered()
    {
        var folder = TestRepository.NewFolder();
        var outer = TestRepository.Init(Path.Combine(folder, "outer"));
        TestRepository.Init(Path.Combine(outer.Path, "vendor", "inner"));

        var found = RepositoryFinder.Find(folder, new WarningLog());

        found.ShouldBe([outer.Path]);
    }

    [Fact]
    public void A_file_is_a_warning_not_a_repository()
    {
        var folder = TestRepository.NewFolder();
        var file = Path.Combine(folder, "notes.txt");
        File.WriteAllText(file, "x");
        var warnings = new WarningLog();

        RepositoryFinder.Find(file, warnings).ShouldBeEmpty();

        warnings.Kept.ShouldHaveSingleItem().Location.ShouldBe(file);
    }
}
