namespace ManagerFocus.Cli.Tests;

/// <summary>The nearest spelling on a typo (docs/definitions.md, "Command line").</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("format", "fromat", 1)]
    [InlineData("html", "htm", 1)]
    [InlineData("analyze", "analyse", 1)]
    [InlineData("json", "json", 0)]
    [InlineData("csv", "table", 5)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected)
    {
        Suggestions.Distance(a, b).ShouldBe(expected);
    }

    [Fact]
    public void Nearest_ignores_dashes_and_case()
    {
        Suggestions.Nearest("--FROMAT", ["--format", "--out", "--weekly"]).ShouldBe("--format");
    }

    [Fact]
    public void Nearest_is_null_when_nothing_is_within_a_third_of_the_word()
    {
        Suggestions.Nearest("spreadsheet", ["table", "json", "csv", "html"]).ShouldBeNull();
    }

    [Fact]
    public void Nearest_is_null_when_two_candidates_are_equally_near()
    {
        Suggestions.Nearest("--fo", ["--to", "--go"]).ShouldBeNull();
    }

    [Fact]
    public void A_short_word_still_allows_one_edit()
    {
        Suggestions.Nearest("jsn", ["table", "json", "csv", "html"]).ShouldBe("json");
    }
}
