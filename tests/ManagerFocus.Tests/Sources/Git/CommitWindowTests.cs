using ManagerFocus.Activity;
using ManagerFocus.Sources.Git;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class CommitWindowTests
{
    private static readonly long Start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static PendingCommit Commit(int n, int author = 0, bool bot = false) =>
        new(new CommitId((ulong)n, 0, 0, 0), author, Start + (n * 3600L), bot);

    [Fact]
    public void Without_a_period_memory_stays_bounded_by_the_reach_not_the_history()
    {
        // Given 200,000 hourly commits (23 years) arriving oldest first, the worst order for pruning
        var window = new CommitWindow(period: null);
        var largest = 0;
        for (var batch = 0; batch < 200_000; batch += 4096)
        {
            window.Add(Enumerable.Range(batch, Math.Min(4096, 200_000 - batch)).Select(n => Commit(n)).ToArray());
            largest = Math.Max(largest, window.Count);
        }

        // Then it never held more than two prune thresholds, and every commit within reach of the latest is kept
        largest.ShouldBeLessThan(2 * 65_536);
        var latest = Start + (199_999 * 3600L);
        window.Latest.ShouldBe(latest);
        window.Commits.Count(c => c.AuthorUnix >= latest - CommitWindow.Reach).ShouldBe((int)(CommitWindow.Reach / 3600) + 1);
    }

    [Fact]
    public void A_hash_seen_twice_is_kept_once_preferring_the_copy_attributed_to_a_person()
    {
        var window = new CommitWindow(new Period(new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 1)));

        window.Add([Commit(1, author: -1), Commit(1, author: 3), Commit(1, author: -2)]);

        window.Commits.ShouldHaveSingleItem().Author.ShouldBe(3);
    }

    [Fact]
    public void Bot_commits_are_kept_for_counting_but_do_not_move_the_latest_activity()
    {
        var window = new CommitWindow(period: null);

        window.Add([Commit(1), Commit(5, author: -1, bot: true)]);

        window.Latest.ShouldBe(Start + 3600);
        window.Count.ShouldBe(2);
    }
}
