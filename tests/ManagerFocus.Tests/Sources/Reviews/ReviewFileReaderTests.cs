using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Damaged, odd or huge files: the reader warns with a position and keeps what it can.</summary>
public sealed class ReviewFileReaderTests
{
    [Fact]
    public void Invalid_json_is_a_warning_with_its_line_and_the_next_page_is_still_read()
    {
        // Given a paginated file whose second page is broken in the middle of an object
        using var s = new ReviewScenario();
        var broken = Page(PullRequest(2, "ben-gh", "2026-03-02T09:00:00Z"), PullRequest(3, "ben-gh", "2026-03-02T09:00:00Z"))
            .Replace("\"number\":3,", "\"number\":3,,", StringComparison.Ordinal);
        var path = s.Write(Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")) + "\n" + broken + "\n"
            + Page(PullRequest(4, "ann-gh", "2026-03-02T09:00:00Z")));

        // When
        var result = s.Import();

        // Then pull requests 1, 2 and 4 are kept, 3 is not, and the warning points into the file
        result.PullRequestObjects.ShouldBe(3);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldStartWith(path + ":");
        var line = int.Parse(warning.Location[(path.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        File.ReadAllLines(path)[line - 1].ShouldContain("\"number\":3");
        warning.Message.ShouldContain("invalid JSON");
    }

    [Fact]
    public void A_truncated_file_keeps_the_objects_before_the_cut()
    {
        using var s = new ReviewScenario();
        var text = Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"), PullRequest(2, "ann-gh", "2026-03-02T09:00:00Z"));
        s.Write(text[..(text.Length - 40)]);

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        s.Warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("invalid JSON");
    }

    [Fact]
    public void A_file_that_is_not_json_is_a_warning()
    {
        using var s = new ReviewScenario();
        s.Write("<html><body>502 Bad Gateway</body></html>");

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(0);
        s.Warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("JSON");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped_and_utf16_is_a_warning()
    {
        using var s = new ReviewScenario();
        var text = Page(PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"));
        File.WriteAllText(s.Write("", "utf8.json"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var utf16 = s.Write("", "utf16.json");
        File.WriteAllText(utf16, text, System.Text.Encoding.Unicode);

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(1);
        var warning = s.Warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(utf16);
        warning.Message.ShouldContain("UTF-16");
    }

    [Fact]
    public void Text_that_is_not_valid_utf8_spoils_only_its_own_object()
    {
        // Given a review whose state and another whose login hold bytes that are not UTF-8, beside a good one
        using var s = new ReviewScenario();
        var path = s.Write("");
        var text = Page(
            PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z"),
            Review(1, "maya-gh", "APPROVED-XX", "2026-03-02T10:00:00Z"),
            Review(1, "ben-XX", "APPROVED", "2026-03-02T10:00:00Z"),
            Review(1, "carl-gh", "APPROVED", "2026-03-02T10:00:00Z"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        for (var at = Array.IndexOf(bytes, (byte)'X'); at >= 0; at = Array.IndexOf(bytes, (byte)'X', at + 2))
        {
            (bytes[at], bytes[at + 1]) = (0xC3, 0x28);
        }

        File.WriteAllBytes(path, bytes);

        // When
        var result = s.Import();

        // Then Carl's review counts, the bad state is a warning and the bad login matches nobody
        result.Activity.Reviews.ToArray().Count(r => r.Reviewer == s.PersonIndex("carl")).ShouldBe(1);
        result.Activity.Reviews.ToArray().ShouldNotContain(r => r.Reviewer == s.PersonIndex("maya") || r.Reviewer == s.PersonIndex("ben"));
        s.Warnings.Kept.ShouldHaveSingleItem().Location.ShouldBe(path + "#2");
    }

    [Fact]
    public void Values_larger_than_the_read_buffer_are_read()
    {
        // Given a pull request whose body is far larger than the importer's 64 KiB buffer
        using var s = new ReviewScenario();
        var huge = PullRequest(1, "ann-gh", "2026-03-02T09:00:00Z")
            .Replace("Please pull these awesome changes", new string('x', 300_000) + "\\u00e9\\n", StringComparison.Ordinal);
        s.Write(Page(huge, PullRequest(2, "ben-gh", "2026-03-02T09:00:00Z"), Review(2, "maya-gh", "APPROVED", "2026-03-02T10:00:00Z")));

        var result = s.Import();

        result.PullRequestObjects.ShouldBe(2);
        result.Activity.Reviews.Length.ShouldBe(1);
        s.Warnings.Count.ShouldBe(0);
    }
}
