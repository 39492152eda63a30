using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Tests.Org;

public sealed class UnattributedGroupsTests
{
    [Fact]
    public void Git_spellings_sharing_an_email_are_one_entry_with_counts_summed_most_active_first()
    {
        var grouped = UnattributedGroups.Group(
        [
            new("git", "Sam S <sam@else.example>", 2),
            new("git", "sstranger <SAM@else.example>", 5),
            new("git", "Zed <zed@else.example>", 1),
        ]);

        grouped.Count.ShouldBe(2);
        grouped[0].Identity.ShouldBe("sstranger <SAM@else.example>");
        grouped[0].Count.ShouldBe(7);
        grouped[0].Spellings.ShouldBe(["sstranger <SAM@else.example>", "Sam S <sam@else.example>"]);
        grouped[1].Spellings.ShouldBe(["Zed <zed@else.example>"]);
    }

    [Fact]
    public void Logins_group_case_insensitively_and_sources_never_mix()
    {
        var grouped = UnattributedGroups.Group(
        [
            new("reviews", "Octo", 1),
            new("reviews", "octo", 2),
            new("git", "octo <octo@else.example>", 4),
        ]);

        grouped.Count.ShouldBe(2);
        grouped.Single(g => g.Source == "reviews").Count.ShouldBe(3);
        grouped.Single(g => g.Source == "git").Count.ShouldBe(4);
    }

    [Fact]
    public void An_empty_email_groups_by_the_whole_identity()
    {
        UnattributedGroups.Group([new UnattributedIdentity("git", "A <>", 1), new UnattributedIdentity("git", "B <>", 1)]).Count.ShouldBe(2);
    }
}
