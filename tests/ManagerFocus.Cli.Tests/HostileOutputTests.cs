using System.Diagnostics;
using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

/// <summary>What a run writes when its inputs were shaped by an attacker: nothing planted, nothing leaked, nothing lost.</summary>
public sealed class HostileOutputTests : IDisposable
{
    private const string Secret = "TOPSECRET";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("managerfocus-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string People(string bossName = "Alice Boss", string bossId = "p1") =>
        Write("people.csv", $"id,name,email,manager_id\n{bossId},\"{bossName}\",alice@x.example,\np2,Bob Dev,bob@x.example,{bossId}\n");

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_csv_cell_that_a_spreadsheet_would_run_is_neutralized(string name)
    {
        var result = Cli.Run("analyze", "--people", People(name), "--format", "csv");

        result.ExitCode.ShouldBe(0, result.Stderr);
        var cells = result.Stdout.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(line => line.Split(',')).Select(c => c.TrimStart('"'));
        cells.ShouldAllBe(c => c.Length == 0 || !"=+-@\t\r".Contains(c[0]));
        result.Stdout.ShouldContain("'");
    }

    [Theory]
    [InlineData("\u001b[2J\u001b[H")]
    [InlineData("\u001b]0;owned\u0007")]
    [InlineData("\u009b31m")]
    public void Terminal_control_sequences_in_names_never_reach_the_terminal(string sequence)
    {
        var people = People($"Alice{sequence}Boss", $"p1{sequence}");

        foreach (var args in new[] { new[] { "analyze", "--people", people }, ["check", "--people", people], ["analyze", "--people", people, "--format", "csv"] })
        {
            var result = Cli.Run(args);
            (result.Stdout + result.Stderr).ShouldNotContain('\u001b');
            (result.Stdout + result.Stderr).ShouldNotContain('\u009b');
            (result.Stdout + result.Stderr).ShouldNotContain('\u0007');
        }
    }

    [Fact]
    public void Out_naming_an_input_is_refused_and_the_input_is_kept()
    {
        var people = People();
        var before = File.ReadAllText(people);

        var result = Cli.Run("analyze", "--people", people, "--out", people);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("one of the inputs");
        File.ReadAllText(people).ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_out_is_one_line_and_exit_2(string path)
    {
        var result = Cli.Run("analyze", "--people", People(), "--out", path);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
    }

    [Fact]
    public void A_report_is_written_whole_and_leaves_no_temporary_file()
    {
        var people = People();
        var report = Path.Combine(_folder.FullName, "report.json");
        File.WriteAllText(report, "previous report");

        var result = Cli.Run("analyze", "--people", people, "--format", "json", "--out", report);

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var _ = JsonDocument.Parse(File.ReadAllText(report));
        Directory.GetFiles(_folder.FullName).Select(Path.GetFileName).ShouldBe(["people.csv", "report.json"], ignoreOrder: true);
    }

    [Fact]
    public void A_report_into_a_missing_folder_is_a_write_error_not_a_read_error()
    {
        var result = Cli.Run("analyze", "--people", People(), "--out", Path.Combine(_folder.FullName, "no", "such", "r.json"));

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("cannot be written");
    }

    [Fact]
    public void The_error_log_is_new_private_and_holds_no_message()
    {
        var (path, problem) = ErrorLog.Write(new InvalidOperationException($"{Secret} calendar text"));
        var (second, _) = ErrorLog.Write(new InvalidOperationException("again"));

        problem.ShouldBeNull();
        path.ShouldNotBe(second);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var text = File.ReadAllText(path!);
        text.ShouldContain(nameof(InvalidOperationException));
        text.ShouldNotContain(Secret);
        File.Delete(path!);
        File.Delete(second!);
    }

    [Fact]
    public void A_calendar_of_cr_line_ends_and_stray_lines_leaks_nothing_into_any_format()
    {
        var people = People();
        var text = "BEGIN:VCALENDAR\rBEGIN:VEVENT\rUID:1\rSUMMARY:" + Secret + " merger\rDESCRIPTION:plans\rEND: " + Secret
            + " a stray line\rBEGIN:" + Secret + "\rATTENDEE:mailto:bob@x.example\rDTSTART:20261001T100000Z\rDTEND:20261001T110000Z\rEND:VEVENT\rEND:VCALENDAR\r";
        Write("cal/p1.ics", text);

        foreach (var format in new[] { "json", "html", "csv", "table" })
        {
            var result = Cli.Run("analyze", "--people", people, "--calendar", Path.Combine(_folder.FullName, "cal"), "--format", format);
            result.ExitCode.ShouldBe(0, result.Stderr);
            (result.Stdout + result.Stderr).ShouldNotContain(Secret);
        }
    }

    [Fact]
    public void A_hostile_calendar_does_not_break_an_import_and_its_stored_warnings_quote_nothing()
    {
        var people = People();
        Write("cal/p1.ics", "BEGIN:VCALENDAR\rBEGIN:VEVENT\rDTSTART:20261001T100000Z\rDURATION:P999999999W\rEND:" + Secret + "\r"
            + string.Concat(Enumerable.Repeat("BEGIN:X\r", 50_000)) + "END:VCALENDAR\r");
        Write("cal/p2.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:2\nDTSTART:20261001T100000Z\nDTEND:20261001T110000Z\nEND:VEVENT\nEND:VCALENDAR\n");
        var workspace = Path.Combine(_folder.FullName, "org.db");
        var watch = Stopwatch.StartNew();

        var import = Cli.Run("import", "--workspace", workspace, "--people", people, "--calendar", Path.Combine(_folder.FullName, "cal"));
        var analysis = Cli.Run("analyze", "--workspace", workspace, "--format", "json", "--from", "2026-09-01", "--to", "2026-12-01");

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        import.ExitCode.ShouldBe(0, import.Stderr);
        analysis.ExitCode.ShouldBe(0, analysis.Stderr);
        (import.Stdout + import.Stderr + analysis.Stdout + analysis.Stderr).ShouldNotContain(Secret);
    }

    [Fact]
    public void Pseudonymized_explain_and_inputs_name_no_one_and_say_the_pseudonyms_are_not_stable()
    {
        var people = People();
        Write("cal/alice@x.example.ics",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nORGANIZER:mailto:alice@x.example\nATTENDEE:mailto:bob@x.example\nDTSTART:20261001T100000Z\nDTEND:20261001T110000Z\nEND:VEVENT\nEND:VCALENDAR\n");
        string[] inputs = ["--people", people, "--calendar", Path.Combine(_folder.FullName, "cal"), "--pseudonymize", "--from", "2026-09-01", "--to", "2026-12-01"];

        var explain = Cli.Run(["explain", .. inputs, "--person", "p1", "--format", "json"]);
        var analyze = Cli.Run(["analyze", .. inputs, "--format", "json"]);

        explain.ExitCode.ShouldBe(0, explain.Stderr);
        analyze.ExitCode.ShouldBe(0, analyze.Stderr);
        foreach (var output in new[] { explain.Stdout, analyze.Stdout })
        {
            output.ShouldNotContain("Alice");
            output.ShouldNotContain("alice@x.example");
            output.ShouldNotContain("\"p1\"");
            output.ShouldContain("not stable", Case.Insensitive);
        }
    }

    [Fact]
    public void Strict_and_org_chart_errors_under_pseudonymize_echo_no_id()
    {
        var people = Write("people.csv", "id,name,email,manager_id\nsecret-id-7,A,a@x.example,secret-id-8\nsecret-id-8,B,b@x.example,secret-id-7\n");

        var cycle = Cli.Run("analyze", "--people", people, "--pseudonymize");
        var strict = Cli.Run("analyze", "--people", Write("p2.csv", "id,name,email,manager_id,bogus\nsecret-id-9,A,a@x.example,,\n"), "--pseudonymize", "--strict");

        cycle.ExitCode.ShouldBe(2);
        cycle.Stderr.ShouldNotContain("secret-id");
        strict.ExitCode.ShouldBe(2);
        strict.Stderr.ShouldNotContain("secret-id");
        strict.Stderr.ShouldNotContain("bogus");
    }
}
