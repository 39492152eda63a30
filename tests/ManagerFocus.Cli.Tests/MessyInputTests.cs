using System.Text;
using System.Text.Json;
using ManagerFocus.Tests;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

/// <summary>
/// The real command on the files an organization actually has: HR exports with their own headers, files in another
/// encoding or separator, rows over several lines, and periods or outputs a user can mistype (docs/definitions.md, "Inputs").
/// </summary>
public sealed class MessyInputTests : IDisposable
{
    private readonly TempFolder _folder = new("managerfocus-messy-");

    public void Dispose() => _folder.Dispose();

    private string People => _folder.Write("people.csv", "id,name,email,manager_id\nboss,Ana Boss,ana@x.io,\ndev,Bo Dev,bo@x.io,boss\n");

    private static JsonElement Json(CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static void OneLineExit2(CliResult result, string expected)
    {
        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldContain(expected);
        result.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_hr_export_with_manager_email_reports_its_managers()
    {
        var hr = _folder.Write("hr.csv",
            "Employee ID,Full Name,Work Email,Manager Email,Department\n"
            + "E1,Ana Boss,ana@x.io,,Eng\nE2,Bo Dev,bo@x.io,ANA@x.io,Eng\nE3,Cy Dev,cy@x.io,ana@x.io,Eng\n");

        var report = Json(Cli.Run("analyze", "--people", hr, "--format", "json"));

        var manager = report.GetProperty("managers").EnumerateArray().ShouldHaveSingleItem();
        manager.GetProperty("id").GetString().ShouldBe("E1");
        manager.GetProperty("directReports").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void An_hr_export_with_manager_email_survives_a_workspace()
    {
        var hr = _folder.Write("hr.csv", "Employee ID,Full Name,Work Email,Manager Email\nE1,Ana Boss,ana@x.io,\nE2,Bo Dev,bo@x.io,ana@x.io\n");
        var workspace = Path.Combine(_folder.Path, "ws.db");

        Cli.Run("import", "--workspace", workspace, "--people", hr).ExitCode.ShouldBe(0);
        var report = Json(Cli.Run("analyze", "--workspace", workspace, "--format", "json", "--from", "2026-01-05", "--to", "2026-02-02"));

        report.GetProperty("managers").EnumerateArray().ShouldHaveSingleItem().GetProperty("directReports").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData("id,name,email,manager_id\na,Ana,a@x.io,\nb,Bo,b@x.io,\n")]
    [InlineData("Employee ID,Full Name,Work Email,Manager Email\na,Ana,a@x.io,\nb,Bo,b@x.io,nobody@x.io\n")]
    [InlineData("id,name,email,manager_id\na,Ana,a@x.io,ghost\n")]
    public void An_org_chart_without_any_reporting_line_is_an_error_not_an_empty_report(string csv)
    {
        var path = _folder.Write("people.csv", csv);

        OneLineExit2(Cli.Run("analyze", "--people", path), "no row names a manager");
        OneLineExit2(Cli.Run("check", "--people", path), "no row names a manager");
        OneLineExit2(Cli.Run("import", "--workspace", Path.Combine(_folder.Path, "ws.db"), "--people", path), "no row names a manager");
    }

    [Theory]
    [InlineData("person_id;date;score\nboss;2026-01-05;4\n", "separated by ';'")]
    [InlineData("person_id\tdate\tscore\nboss\t2026-01-05\t4\n", "separated by tabs")]
    public void A_survey_in_another_separator_gets_a_hint(string text, string expected)
    {
        OneLineExit2(Cli.Run("analyze", "--people", People, "--survey", _folder.Write("survey.csv", text)), expected);
    }

    [Fact]
    public void A_utf16_survey_without_byte_order_mark_is_read()
    {
        var survey = Path.Combine(_folder.Path, "survey.csv");
        File.WriteAllBytes(survey, new UnicodeEncoding(false, false).GetBytes("person_id,date,score\ndev,2026-01-05,4\n"));

        var report = Json(Cli.Run("analyze", "--people", People, "--survey", survey, "--format", "json", "--from", "2026-01-05", "--to", "2026-02-02"));

        report.GetProperty("warnings").EnumerateArray().ShouldNotContain(w => w.GetProperty("source").GetString() == "survey");
    }

    [Fact]
    public void A_latin1_people_file_keeps_its_names_and_says_how_it_was_read()
    {
        var path = Path.Combine(_folder.Path, "people.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("id,name,manager_id\nz,Zoë Ærøskøbing,\nj,José,z\n"));

        var report = Json(Cli.Run("analyze", "--people", path, "--format", "json"));

        report.GetProperty("managers")[0].GetProperty("name").GetString().ShouldBe("Zoë Ærøskøbing");
        report.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetProperty("message").GetString()!.Contains("not UTF-8"));
    }

    [Fact]
    public void A_header_that_gives_one_field_twice_is_an_error()
    {
        var path = _folder.Write("people.csv", "id,name,Work Email,email,manager_id\na,Ana,a@x.io,b@x.io,\nb,Bo,c,d,a\n");

        OneLineExit2(Cli.Run("analyze", "--people", path), "both give email");
    }

    [Fact]
    public void A_warning_about_a_row_over_several_lines_cites_its_first_line()
    {
        var path = _folder.Write("people.csv", "id,name,manager_id,start_date\na,Ana,,\nb,\"Bo\nDev\",a,not-a-date\n");

        var report = Json(Cli.Run("analyze", "--people", path, "--format", "json"));

        report.GetProperty("warnings").EnumerateArray()
            .ShouldContain(w => w.GetProperty("location").GetString() == $"{path}:3" && w.GetProperty("message").GetString()!.Contains("start_date"));
    }

    [Theory]
    [InlineData("/dev/zero", "not a regular file")]
    [InlineData("zeros", "longer than")]
    public void A_people_file_that_never_ends_is_one_line_and_exit_2(string shape, string expected)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || shape != "/dev/zero", "/dev/zero is a Linux device");
        var path = shape;
        if (shape == "zeros")
        {
            path = Path.Combine(_folder.Path, "zeros.csv");
            File.WriteAllBytes(path, new byte[3 << 20]);
        }

        OneLineExit2(Cli.Run("analyze", "--people", path), expected);
    }

    [Theory]
    [InlineData("--from", "3000-01-01", "is after today")]
    [InlineData("--to", "3000-01-01", "starts after today")]
    [InlineData("--from", "9999-12-31", "expected a day from")]
    [InlineData("--to", "0001-01-01", "expected a day from")]
    [InlineData("--compare-to", "0001-01-01..2026-01-01", "expected a day from")]
    public void A_period_that_cannot_hold_activity_is_one_line_and_exit_2(string option, string value, string expected)
    {
        OneLineExit2(Cli.Run("analyze", "--people", People, option, value), expected);
    }

    [Fact]
    public void A_period_in_the_future_given_whole_is_analysed()
    {
        var report = Json(Cli.Run("analyze", "--people", People, "--from", "3000-01-01", "--to", "3000-02-01", "--format", "json"));

        report.GetProperty("period").GetProperty("from").GetString().ShouldBe("3000-01-01");
    }

    [Fact]
    public void Generate_into_an_existing_file_is_refused_and_the_file_kept()
    {
        var file = _folder.Write("taken", "keep me");

        OneLineExit2(Cli.Run("generate", "--people", "5", "--out", file), "is a file, not a folder");
        File.ReadAllText(file).ShouldBe("keep me");
    }

    [Theory]
    [InlineData("--end", "9999-12-31", "expected a day from")]
    [InlineData("--end", "2001-01-01", "expected a day from")]
    [InlineData("--people", "10000000", "at most")]
    public void Generate_out_of_its_range_is_one_line_and_exit_2(string option, string value, string expected)
    {
        var args = new List<string> { "generate", "--out", Path.Combine(_folder.Path, "org"), "--people", "5" };
        if (option == "--people")
        {
            args[^1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        OneLineExit2(Cli.Run([.. args]), expected);
        Directory.Exists(Path.Combine(_folder.Path, "org")).ShouldBeFalse();
    }

    [Fact]
    public void A_workspace_with_activity_dated_after_today_warns_and_keeps_the_default_period()
    {
        var people = _folder.Write("people.csv", "id,name,email,manager_id\nboss,Ana Boss,ana@x.io,\ndev,Bo Dev,bo@x.io,boss\n");
        var repository = TestRepository.Init(Path.Combine(_folder.Path, "repo"));
        repository.Commit("Bo Dev", "bo@x.io", "2026-01-06T09:00:00Z");
        repository.Commit("Bo Dev", "bo@x.io", "@4102909200 +0000"); // 2100-01-06T09:00Z: git takes a date this far only as Unix time
        var workspace = Path.Combine(_folder.Path, "ws.db");
        Cli.Run("import", "--workspace", workspace, "--people", people, "--git", repository.Path).ExitCode.ShouldBe(0);

        var report = Json(Cli.Run("analyze", "--workspace", workspace, "--format", "json"));

        DateOnly.Parse(report.GetProperty("period").GetProperty("to").GetString()!).Year.ShouldBeLessThan(2100);
        report.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetProperty("message").GetString()!.Contains("after today"));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("duplicate id")]
    [InlineData("no reporting line")]
    [InlineData("separator")]
    public void Under_pseudonymize_an_error_names_no_file_that_names_a_person(string shape)
    {
        var folder = Path.Combine(_folder.Path, "ana.boss@x.io");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "ana.boss@x.io.csv");
        var text = shape switch
        {
            "duplicate id" => "id,name,manager_id\nana.boss,Ana,\nana.boss,Ana,\n",
            "no reporting line" => "id,name,manager_id\nana.boss,Ana,\n",
            "separator" => "id;name\nana.boss;Ana\n",
            _ => null,
        };
        if (text is not null)
        {
            File.WriteAllText(path, text);
        }

        var result = Cli.Run("analyze", "--people", path, "--pseudonymize");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldNotContain("ana.boss", Case.Insensitive);
        result.Stderr.ShouldContain("file-");
    }

    [Fact]
    public void A_report_to_a_full_device_is_one_line_and_exit_2_and_the_device_stays_a_device()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/full is a Linux device");

        OneLineExit2(Cli.Run("analyze", "--people", People, "--format", "json", "--out", "/dev/full"), "cannot be written");
        ManagerFocus.Diagnostics.InputFiles.Of("/dev/full").ShouldBe(ManagerFocus.Diagnostics.InputFiles.Kind.Other);
    }

    [Fact]
    public async Task A_report_to_a_pipe_is_written_into_the_pipe()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mkfifo is POSIX");
        var fifo = Path.Combine(_folder.Path, "report.pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);
        var result = Cli.Run("analyze", "--people", People, "--format", "json", "--out", fifo);

        result.ExitCode.ShouldBe(0, result.Stderr);
        JsonDocument.Parse(await reader).RootElement.GetProperty("managers").GetArrayLength().ShouldBe(1);
        ManagerFocus.Diagnostics.InputFiles.Of(fifo).ShouldBe(ManagerFocus.Diagnostics.InputFiles.Kind.Other);
    }
}
