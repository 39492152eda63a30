using ManagerFocus.Diagnostics;

namespace ManagerFocus.Tests.Diagnostics;

public sealed class WarningLogTests
{
    [Fact]
    public void Repeated_warnings_of_one_file_are_one_entry_with_a_count_and_the_first_five_locations()
    {
        var log = new WarningLog();
        foreach (var n in new[] { 3, 8, 12, 20, 31, 40, 96 })
        {
            log.Add("reviews", $"reviews/x.json#{n}", $"review of https://api.github.com/repos/a/b/pulls/{n * 7} has no user; skipped");
        }

        log.Add("reviews", "reviews/y.json#1", "review of https://api.github.com/repos/a/b/pulls/1 has no user; skipped");

        log.Count.ShouldBe(8);
        log.Kept.Count.ShouldBe(8);
        var grouped = log.Grouped;
        grouped.Count.ShouldBe(2);
        grouped[0].ShouldBe(new Warning("reviews", "reviews/x.json", "review of https://api.github.com/repos/a/b/pulls/21 has no user; skipped")
        {
            Count = 7,
            Locations = ["reviews/x.json#3", "reviews/x.json#8", "reviews/x.json#12", "reviews/x.json#20", "reviews/x.json#31"],
        }, new WarningComparer());
        grouped[1].Count.ShouldBe(1);
        grouped[1].Location.ShouldBe("reviews/y.json#1");
        grouped[1].Locations.ShouldBe(["reviews/y.json#1"]);
    }

    [Fact]
    public void Different_reasons_in_one_file_stay_apart_and_quoted_values_or_numbers_do_not_split_a_reason()
    {
        var log = new WarningLog();
        log.Add("people", "people.csv:2", "timezone 'Mars/Base' is not a known IANA zone; UTC is used");
        log.Add("people", "people.csv:3", "timezone 'Moon/1' is not a known IANA zone; UTC is used");
        log.Add("people", "people.csv:4", "track 'wizard' is not one of ic, management, hybrid; ignored");
        log.Add("people", "people.csv:5", "the person's row has no id; skipped");
        log.Add("people", "people.csv:6", "the person's row has no name; skipped");

        log.Grouped.Select(w => w.Count).ShouldBe([2, 1, 1, 1]);
    }

    [Fact]
    public void Notices_are_kept_apart_and_never_counted_as_warnings()
    {
        var log = new WarningLog();
        log.Notice("git", "repos", "375 commit(s) by 1 bot author(s) skipped: dependabot[bot]");

        log.Count.ShouldBe(0);
        log.Kept.ShouldBeEmpty();
        log.Grouped.ShouldBeEmpty();
        log.Notices.ShouldHaveSingleItem().Message.ShouldContain("dependabot");
    }

    [Fact]
    public void Notices_of_one_reason_are_one_entry_across_files()
    {
        var log = new WarningLog();
        log.Notice("reviews", "github/a-pulls.json", "bots (such as dependabot[bot]): 17 pull requests by bots kept");
        log.Notice("reviews", "github/b-pulls.json", "bots (such as dependabot[bot]): 4 pull requests by bots kept");
        log.Notice("git", "repos", "1 commit author(s) attributed by their exact name: X <x@y> as p1");

        var notices = log.Notices;
        notices.Count.ShouldBe(2);
        notices[0].Count.ShouldBe(2);
        notices[0].Location.ShouldBe("github");
        notices[0].Locations.ShouldBe(["github/a-pulls.json", "github/b-pulls.json"]);
        notices[0].Message.ShouldContain("17 pull requests");
        notices[1].Count.ShouldBe(1);
        log.Count.ShouldBe(0);
    }

    [Fact]
    public void Counts_go_on_past_the_cap_while_the_single_list_stops()
    {
        var log = new WarningLog(keepPerSource: 3);
        for (var i = 1; i <= 10; i++)
        {
            log.Add("calendar", $"c.ics:{i}", "event without a start; skipped");
        }

        for (var file = 1; file <= 20; file++)
        {
            log.Add("calendar", $"c{file}.ics:1", "event without a start; skipped");
        }

        // Groups are capped at 5 times the single warnings kept: 15 of the 21 files.
        log.Count.ShouldBe(30);
        log.Kept.Count.ShouldBe(3);
        log.Grouped.Count.ShouldBe(15);
        log.Grouped[0].Count.ShouldBe(10);
    }

    [Theory]
    [InlineData("reviews/x.json#12", "reviews/x.json")]
    [InlineData("people.csv:7", "people.csv")]
    [InlineData(@"C:\data\people.csv", @"C:\data\people.csv")]
    [InlineData("repos/service", "repos/service")]
    [InlineData("12", "12")]
    public void The_file_of_a_location_drops_a_trailing_line_or_object_number(string location, string file) =>
        WarningLog.FileOf(location).ShouldBe(file);

    private sealed class WarningComparer : IEqualityComparer<Warning>
    {
        public bool Equals(Warning? x, Warning? y) =>
            x is not null && y is not null && x.Source == y.Source && x.Location == y.Location && x.Message == y.Message
            && x.Count == y.Count && x.Locations.SequenceEqual(y.Locations);

        public int GetHashCode(Warning obj) => obj.Location.GetHashCode(StringComparison.Ordinal);
    }
}
