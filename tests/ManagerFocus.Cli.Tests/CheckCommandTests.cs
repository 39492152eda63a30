using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("mf-check-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    private string People() => Write("people.csv", """
        id,name,manager_id,track
        m,Maria,,management
        a,Ann,m,ic
        b,Bo,a,ic
        """);

    [Fact]
    public void Check_exits_0_when_only_warnings_are_broken()
    {
        var result = Cli.Run("check", "--people", People(), "--to", "2026-04-06");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("warning track-match       Ann (a): declared track ic, but has 1 direct report");
        result.Stdout.ShouldContain("0 error(s), 1 warning(s) among 2 managers;");
    }

    [Fact]
    public void Check_over_a_period_without_any_activity_in_the_inputs_given_fails_with_one_line()
    {
        // Given a calendar folder with nothing in it and a period with no activity
        var calendars = Path.Combine(_folder.Path, "calendars");
        Directory.CreateDirectory(calendars);

        // When
        var result = Cli.Run("check", "--people", People(), "--calendar", calendars, "--from", "2026-03-02", "--to", "2026-04-06");

        // Then
        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n')[^1].ShouldBe("managerfocus: no activity from 2026-03-02 to 2026-04-06: no commit, review or calendar event of anyone "
            + "in the people file, so there is nothing to check; give inputs, or --from/--to around their activity.");
    }

    [Fact]
    public void An_empty_calendar_folder_gives_null_meeting_figures_and_a_warning_not_zeros()
    {
        var calendars = Path.Combine(_folder.Path, "calendars");
        Directory.CreateDirectory(calendars);

        var result = Cli.Run("analyze", "--people", People(), "--calendar", calendars, "--from", "2026-03-02", "--to", "2026-04-06", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var maria = json.RootElement.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "m");
        maria.GetProperty("meetingHours").ValueKind.ShouldBe(JsonValueKind.Null);
        maria.GetProperty("oneOnOneHours").ValueKind.ShouldBe(JsonValueKind.Null);
        maria.GetProperty("oneOnOneCoverage").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString())
            .ShouldContain(m => m!.Contains("no calendar event of anyone in the people file from 2026-03-02 to 2026-04-06; meeting, one-on-one and coverage figures are null"));
    }

    [Fact]
    public void Check_exits_1_when_a_policy_makes_a_broken_rule_an_error()
    {
        var policy = Write("policy.yml", "rules:\n  track-match:\n    severity: error\n");

        var result = Cli.Run("check", "--people", People(), "--to", "2026-04-06", "--policy", policy, "--format", "json");

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("errors").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("violations")[0].GetProperty("rule").GetString().ShouldBe("track-match");
    }

    [Fact]
    public void Check_exits_2_on_a_broken_people_file()
    {
        var people = Write("cycle.csv", "id,name,manager_id\na,Ann,b\nb,Bo,a\n");

        var result = Cli.Run("check", "--people", people);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("reporting cycle a -> b -> a");
    }

    [Fact]
    public void A_bad_policy_file_is_exit_2_naming_the_line()
    {
        var policy = Write("policy.yml", "rules:\n  coding-cap:\n    max-coding-share: high\n");

        var result = Cli.Run("check", "--people", People(), "--policy", policy);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldStartWith($"managerfocus: {policy}:3: max-coding-share is 'high'");
    }

    [Fact]
    public void Preview_counts_managers_each_rule_flags_under_the_draft_and_the_baseline()
    {
        var draft = Write("draft.yml", "rules:\n  track-match:\n    severity: off\n");

        var result = Cli.Run("check", "--people", People(), "--policy", draft, "--preview", "--format", "json");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var track = json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "track-match");
        track.GetProperty("baselineWarnings").GetInt32().ShouldBe(1);
        track.GetProperty("draftWarnings").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Policy_defaults_print_a_policy_that_validates()
    {
        var printed = Cli.Run("policy", "--defaults");
        var path = Write("defaults.yml", printed.Stdout);

        printed.ExitCode.ShouldBe(0);
        Cli.Run("policy", "--validate", path).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Pseudonymize_replaces_names_and_ids_everywhere_in_the_report()
    {
        var result = Cli.Run("analyze", "--people", People(), "--to", "2026-04-06", "--format", "json", "--pseudonymize");

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldNotContain("Maria");
        result.Stdout.ShouldNotContain("Ann");
        result.Stdout.ShouldNotContain("\"id\": \"m\"");
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("managers")[0].GetProperty("id").GetString()!.ShouldStartWith("p-");
        Cli.Run("analyze", "--people", People(), "--to", "2026-04-06", "--format", "json", "--pseudonymize").Stdout.ShouldBe(result.Stdout);
    }

    [Fact]
    public void Strict_turns_an_input_warning_into_exit_2()
    {
        var people = Write("warn.csv", "id,name,manager_id\nm,Maria,\nb,Bob,m\na,Ann,nobody\n");

        Cli.Run("analyze", "--people", people).ExitCode.ShouldBe(0);
        var strict = Cli.Run("analyze", "--people", people, "--strict");

        strict.ExitCode.ShouldBe(2);
        strict.Stderr.ShouldContain("--strict");
        strict.Stderr.ShouldContain("'nobody'");
    }
}
