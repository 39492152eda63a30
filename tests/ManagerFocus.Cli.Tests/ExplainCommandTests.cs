using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_lists_every_occurrence_with_its_kind_and_why_it_was_excluded()
    {
        // Given the manager's calendars
        using var fixture = new CalendarFixture();

        // When the manager is explained as JSON
        var result = Cli.Run(["explain", .. fixture.Inputs, "--person", "mgr", "--format", "json"]);

        // Then every kind appears, excluded ones with a reason, and the totals match analyze
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("occurrences").EnumerateArray().ToList();
        var kinds = rows.Select(r => r.GetProperty("kind").GetString()).ToHashSet();
        kinds.ShouldBe(["one-on-one", "meeting", "cancelled", "declined", "transparent", "all-day", "solo"], ignoreOrder: true);
        rows.Where(r => !r.GetProperty("counted").GetBoolean()).ShouldAllBe(r => r.GetProperty("reason").GetString()!.Length > 0);
        json.RootElement.GetProperty("meetingHours").GetDouble().ShouldBe(16.0, 0.01);
        json.RootElement.GetProperty("oneOnOneHours").GetDouble().ShouldBe(13.0, 0.01);
        rows.ShouldContain(r => r.GetProperty("calendar").GetString() == "r4" && r.GetProperty("with").GetString() == "r4");
    }

    [Fact]
    public void Explain_a_report_shows_one_on_ones_found_in_the_managers_calendar()
    {
        using var fixture = new CalendarFixture();

        var result = Cli.Run(["explain", .. fixture.Inputs, "--person", "r1"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("one-on-one");
        result.Stdout.ShouldContain("in mgr's calendar");
    }

    [Fact]
    public void Explain_an_unknown_person_is_one_line_and_exit_code_2()
    {
        using var fixture = new CalendarFixture();

        var result = Cli.Run(["explain", .. fixture.Inputs, "--person", "ghost"]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("ghost");
    }

    [Fact]
    public void Explain_without_calendars_says_meeting_figures_are_unknown()
    {
        using var fixture = new CalendarFixture();

        var result = Cli.Run("explain", "--people", fixture.People, "--person", "mgr");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("meeting hours are null: no --calendar input was given");
    }
}
