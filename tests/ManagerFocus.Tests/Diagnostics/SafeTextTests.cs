using System.Diagnostics;
using CsCheck;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Tests.Diagnostics;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("\u001b[2J")]
    [InlineData("\u001b]0;owned\u0007")]
    [InlineData("name\rOVERWRITE")]
    [InlineData("\u009b31m")]
    [InlineData("abc\u202edcba")]
    public void Control_and_bidirectional_characters_are_shown_as_escapes(string hostile)
    {
        var clean = SafeText.Clean(hostile);

        clean.ShouldNotContain('\u001b');
        SafeText.NeedsEscape(clean).ShouldBeFalse();
        clean.ShouldContain("\\u");
    }

    [Fact]
    public void A_long_value_is_cut_and_says_how_long_it_was()
    {
        var clean = SafeText.Clean(new string('x', 50_000_000));

        clean.Length.ShouldBeLessThan(SafeText.MaxEcho + 40);
        clean.ShouldContain("50000000 characters");
    }

    [Fact]
    public void Warnings_are_capped_and_cleaned_where_they_are_collected()
    {
        var warnings = new WarningLog();

        warnings.Add("reviews", "file.json#1", "login '" + new string('a', 10_000_000) + "\u001b[2J' is unknown");

        var kept = warnings.Kept.ShouldHaveSingleItem();
        kept.Message.Length.ShouldBeLessThan(SafeText.MaxMessage + 40);
        kept.Message.ShouldNotContain('\u001b');
    }

    [Fact]
    public void Any_text_comes_out_safe_short_and_fast()
    {
        var watch = Stopwatch.StartNew();
        Gen.String[Gen.Char, 0, 5_000].Sample(text =>
        {
            var clean = SafeText.Clean(text, 300);
            SafeText.NeedsEscape(clean).ShouldBeFalse();
            clean.Length.ShouldBeLessThanOrEqualTo((300 * 6) + 40);
        }, iter: 2_000);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }
}
