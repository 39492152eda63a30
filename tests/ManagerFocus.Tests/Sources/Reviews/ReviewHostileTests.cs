using System.Diagnostics;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Review exports shaped to end the run: a value larger than memory should hold, dates no period holds, links to devices.</summary>
public sealed class ReviewHostileTests
{
    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9000-01-01T00:00:00Z")]
    public void A_date_outside_the_years_a_period_can_hold_is_a_warning_and_the_rest_counts(string when)
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", when), PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z")));

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(2);
        s.Warnings.Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData('9')]
    [InlineData('"')]
    public void A_single_value_over_the_token_cap_is_a_warning_in_bounded_memory(char kind)
    {
        using var s = new ReviewScenario();
        var huge = kind == '"' ? "\"" + new string('a', 40 << 20) + "\"" : new string('9', 40 << 20);
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")) + "\n[" + huge + "]");
        var watch = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes();

        var result = s.Import();

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        (GC.GetTotalAllocatedBytes() - before).ShouldBeLessThan(400L << 20);
        result.PullRequestObjects.ShouldBe(1);
        s.Warnings.Kept.ShouldContain(w => w.Message.Contains("larger than 16 MB"));
    }

    [Fact]
    public void A_json_link_to_a_device_and_a_pipe_in_the_folder_are_skipped()
    {
        using var s = new ReviewScenario();
        s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")));
        File.CreateSymbolicLink(Path.Combine(s.ExportFolder, "zero.json"), "/dev/zero");
        Process.Start("mkfifo", [Path.Combine(s.ExportFolder, "pipe.json")])!.WaitForExit();

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        s.Warnings.Kept.Count(w => w.Message.Contains("not a regular file")).ShouldBe(2);
    }
}
