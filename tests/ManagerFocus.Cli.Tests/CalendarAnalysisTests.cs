using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class CalendarAnalysisTests
{
    [Fact]
    public void Meeting_and_one_on_one_figures_follow_the_design_definitions()
    {
        // Given a manager's calendar with weekly and every-other-week one-on-ones, overrides, declines, holds and rooms
        using var fixture = new CalendarFixture();

        // When it is analysed
        var result = Cli.Run(["analyze", .. fixture.Inputs, "--format", "json"]);

        // Then meeting hours: r1 5.25 + r2 7 + r3 0.75 + 3 (overlap union) = 16; one-on-one hours 13; r3 had none in the last 28 days
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var mgr = json.RootElement.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "mgr");
        mgr.GetProperty("meetingHours").GetDouble().ShouldBe(16.0, 0.01);
        mgr.GetProperty("oneOnOneHours").GetDouble().ShouldBe(13.0, 0.01);
        mgr.GetProperty("meetingShare").GetDouble().ShouldBe(0.031, 0.0005);
        mgr.GetProperty("oneOnOneCoverage").GetDouble().ShouldBe(0.75, 0.001);
        mgr.GetProperty("reportsWithoutOneOnOne").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Rio Three"]);
    }

    [Fact]
    public void A_calendar_file_named_after_nobody_is_a_warning_and_the_run_ends_normally()
    {
        using var fixture = new CalendarFixture();

        var result = Cli.Run(["analyze", .. fixture.Inputs, "--format", "json"]);

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("warnings").EnumerateArray()
            .ShouldContain(w => w.GetProperty("location").GetString()!.EndsWith("nobody.ics") && w.GetProperty("message").GetString()!.Contains("no person"));
    }

    [Fact]
    public void A_missing_calendar_path_is_one_line_and_exit_code_2()
    {
        using var fixture = new CalendarFixture();

        var result = Cli.Run("analyze", "--people", fixture.People, "--calendar", "/no/such/calendars");

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("/no/such/calendars");
    }

    [Fact]
    public void Every_ical4j_corpus_file_is_read_or_reported_and_the_run_ends_normally()
    {
        // Given each of the 103 corpus exports (valid and invalid) as one person's calendar
        var folder = Directory.CreateTempSubdirectory("managerfocus-corpus-test-").FullName;
        try
        {
            var files = Directory.EnumerateFiles(Corpus(), "*.ics", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var calendars = Directory.CreateDirectory(Path.Combine(folder, "calendars")).FullName;
            var people = new System.Text.StringBuilder("id,name,manager_id\nboss,The Boss,\n");
            for (var i = 0; i < files.Count; i++)
            {
                people.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{i},Person {i},boss\n");
                File.Copy(files[i], Path.Combine(calendars, $"p{i}.ics"));
            }

            File.WriteAllText(Path.Combine(folder, "people.csv"), people.ToString());

            // When they are analysed over the years the exports cover
            var result = Cli.Run("analyze", "--people", Path.Combine(folder, "people.csv"), "--calendar", calendars,
                "--from", "2000-01-01", "--to", "2012-01-01", "--format", "json");

            // Then the run ends normally with meeting figures, and every warning names a file and line and says why
            result.ExitCode.ShouldBe(0, result.Stderr);
            files.Count.ShouldBe(103);
            using var json = JsonDocument.Parse(result.Stdout);
            json.RootElement.GetProperty("managers")[0].GetProperty("meetingHours").ValueKind.ShouldBe(JsonValueKind.Number);
            var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().ToList();
            warnings.ShouldNotBeEmpty();
            var perFile = warnings.Where(w => !w.GetProperty("message").GetString()!.Contains("have no calendar file", StringComparison.Ordinal)).ToList();
            perFile.ShouldAllBe(w => w.GetProperty("location").GetString()!.Contains(".ics") && w.GetProperty("message").GetString()!.Length > 10);

            // The manager owns none of the corpus files, and the report says so rather than showing real zeros.
            warnings.ShouldContain(w => w.GetProperty("message").GetString()!.StartsWith("1 manager(s) have no calendar file (boss)", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Corpus([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "ManagerFocus.Tests", "Sources", "Calendar", "Data", "ical4j");

    [Theory]
    [InlineData("analyze", "table")]
    [InlineData("analyze", "json")]
    [InlineData("analyze", "csv")]
    [InlineData("analyze", "html")]
    [InlineData("explain", "table")]
    [InlineData("explain", "json")]
    public void Titles_descriptions_locations_and_attendee_names_never_reach_any_output(string command, string format)
    {
        using var fixture = new CalendarFixture();
        string[] extra = command == "explain" ? ["--person", "mgr"] : [];

        var result = Cli.Run([command, .. fixture.Inputs, .. extra, "--format", format]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldNotBeEmpty();
        result.Stderr.ShouldContain("warning");
        foreach (var secret in CalendarFixture.Secrets.Split('|'))
        {
            result.Stdout.ShouldNotContain(secret);
            result.Stderr.ShouldNotContain(secret);
        }
    }
}
