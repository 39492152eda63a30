using System.Text;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Damaged exports never stop the import: whatever the damage, it ends in warnings and what was good is kept.</summary>
public sealed class ReviewCorruptionTests
{
    private const int Pages = 6;

    private static (byte[] Bytes, List<int> PullRequestEnds) Export()
    {
        var text = new StringBuilder();
        var ends = new List<int>();
        for (var page = 1; page <= Pages; page++)
        {
            text.Append("[\n");
            text.Append(PullRequest(page, "ann-gh", "2026-03-02T09:00:00Z"));
            ends.Add(Encoding.UTF8.GetByteCount(text.ToString()));
            text.Append(",\n").Append(Review(page, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z"));
            text.Append(",\n").Append(Review(page, "carl-gh", "COMMENTED", "2026-03-02T11:00:00Z")).Append("\n]\n");
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), ends);
    }

    [Fact]
    public void A_file_cut_anywhere_keeps_every_pull_request_before_the_cut()
    {
        using var s = new ReviewScenario();
        var path = s.Write("");
        var (export, ends) = Export();
        var random = new Random(20261124);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var cut = random.Next(export.Length);
            File.WriteAllBytes(path, export[..cut]);

            var result = s.Import();

            result.PullRequestObjects.ShouldBe(ends.Count(end => end <= cut), $"cut at byte {cut}");
        }
    }

    [Fact]
    public void A_damaged_byte_anywhere_costs_at_most_two_pages()
    {
        using var s = new ReviewScenario();
        var path = s.Write("");
        var (export, _) = Export();
        var random = new Random(1124);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var bytes = (byte[])export.Clone();
            var at = random.Next(bytes.Length);
            bytes[at] = (byte)random.Next(256);
            File.WriteAllBytes(path, bytes);

            var result = s.Import();

            result.PullRequestObjects.ShouldBeInRange(Pages - 2, Pages, $"byte {at} set to {bytes[at]}");
            result.Activity.Reviews.Length.ShouldBeLessThanOrEqualTo(2 * Pages);
        }
    }
}
