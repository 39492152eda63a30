using System.Text.Json;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

/// <summary>Output a person can read (docs/definitions.md, "Output formats", "Terminal table", "Command line", "Repositories found").</summary>
public sealed class ReadableOutputTests : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-output-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Out_with_an_html_extension_and_no_format_writes_html()
    {
        var path = Path.Combine(_temp.Path, "report.html");

        var result = Cli.Run("analyze", "--out", path);

        result.ExitCode.ShouldBe(0, result.Stderr);
        var text = File.ReadAllText(path);
        text.ShouldStartWith("<!DOCTYPE html>");
        text.ShouldNotContain("╭");
    }

    [Theory]
    [InlineData("report.json", "{")]
    [InlineData("report.csv", "id,name,directReports")]
    [InlineData("report.txt", "ManagerFocus:")]
    [InlineData("report.HTM", "<!DOCTYPE html>")]
    public void Out_takes_the_format_from_the_extension(string name, string start)
    {
        var path = Path.Combine(_temp.Path, name);

        var result = Cli.Run("analyze", "--out", path);

        result.ExitCode.ShouldBe(0, result.Stderr);
        File.ReadAllText(path).TrimStart().ShouldStartWith(start);
    }

    [Fact]
    public void A_format_that_contradicts_the_extension_is_one_line_and_exit_2()
    {
        var path = Path.Combine(_temp.Path, "report.json");

        var result = Cli.Run("analyze", "--format", "html", "--out", path);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').Last().ShouldContain("--out");
        result.Stderr.ShouldContain("names a json file");
        File.Exists(path).ShouldBeFalse();
    }

    [Theory]
    [InlineData("HTML", "<!DOCTYPE html>")]
    [InlineData("Json", "{")]
    [InlineData("--format=CSV", "id,name,directReports")]
    public void Format_is_accepted_in_any_case(string value, string start)
    {
        string[] args = value.StartsWith('-') ? ["analyze", value] : ["analyze", "--format", value];

        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.TrimStart().ShouldStartWith(start);
    }

    [Fact]
    public void Check_accepts_its_format_in_any_case_too()
    {
        var result = Cli.Run("check", "--format", "JSON");

        result.ExitCode.ShouldBeOneOf(0, 1);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("violations").ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Theory]
    [InlineData(new[] { "analyze", "--fromat", "json" }, "unknown option --fromat: did you mean --format?")]
    [InlineData(new[] { "analyze", "--format", "htm" }, "--format htm: did you mean html?")]
    [InlineData(new[] { "analyz" }, "unknown command analyz: did you mean analyze?")]
    [InlineData(new[] { "check", "--peeple", "x.csv" }, "unknown option --peeple: did you mean --people?")]
    public void A_typo_names_the_nearest_in_one_line_with_exit_2(string[] args, string expected)
    {
        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(2);
        var line = result.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain(expected);
        result.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void A_value_far_from_every_choice_still_lists_the_choices()
    {
        var result = Cli.Run("analyze", "--format", "spreadsheet");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("spreadsheet");
        result.Stderr.ShouldContain("html");
    }

    [Fact]
    public void Repositories_found_under_git_are_listed_with_their_commits_in_json_table_and_check()
    {
        // Given two repositories: one with two commits in the period and one before it, one with one in the period
        var people = _temp.Write("people.csv", """
            id,name,email,manager_id
            lead,Lena Lead,lena@corp.com,
            dev,Dana Dev,dana@corp.com,lead
            """);
        var api = TestRepository.Init(Path.Combine(_temp.Path, "repos", "api"));
        api.Commit("Lena Lead", "lena@corp.com", "2025-12-01T10:00:00Z", "old");
        api.Commit("Lena Lead", "lena@corp.com", "2026-01-06T10:00:00Z", "in");
        api.Commit("Dana Dev", "dana@corp.com", "2026-01-07T10:00:00Z", "in");
        var web = TestRepository.Init(Path.Combine(_temp.Path, "repos", "web"));
        web.Commit("Dana Dev", "dana@corp.com", "2026-01-08T10:00:00Z", "in");
        string[] inputs = ["--people", people, "--git", Path.Combine(_temp.Path, "repos"), "--from", "2026-01-05", "--to", "2026-01-19"];

        // When
        var json = Cli.Run(["analyze", .. inputs, "--format", "json"]);
        var table = Cli.Run(["analyze", .. inputs, "--out", Path.Combine(_temp.Path, "report.txt")]);
        var check = Cli.Run(["check", .. inputs]);

        // Then
        json.ExitCode.ShouldBe(0, json.Stderr);
        using var document = JsonDocument.Parse(json.Stdout);
        var repositories = document.RootElement.GetProperty("inputs").GetProperty("repositories").EnumerateArray()
            .Select(r => (Path.GetFileName(r.GetProperty("repository").GetString()), r.GetProperty("commitsInPeriod").GetInt32(), r.GetProperty("commits").GetInt32()))
            .ToList();
        repositories.ShouldBe([("api", 2, 3), ("web", 1, 1)]);
        var text = File.ReadAllText(Path.Combine(_temp.Path, "report.txt"));
        text.ShouldContain("Git: 2 repositories, 3 commits in the period (4 in total):");
        text.ShouldContain($"{Path.Combine(_temp.Path, "repos", "api")}: 2 commits in the period, 3 in total");
        check.Stderr.ShouldContain($"{Path.Combine(_temp.Path, "repos", "web")}: 1 commits in the period, 1 in total");
    }

    [Fact]
    public void Redirected_stdout_gets_every_column_and_no_wrapped_line()
    {
        // When the real command writes into a pipe
        var result = RealCommand.Run(null, "analyze");

        // Then every column is there and every sentence is on one line
        result.ExitCode.ShouldBe(0, result.Stderr);
        var lines = result.Stdout.Split('\n');
        var header = lines.Single(l => l.StartsWith("│ Manager ", StringComparison.Ordinal) && l.Contains("Rules"));
        foreach (var column in new[] { "Reports", "Tier", "Role", "Track", "Coding", "Review", "Meetings", "1:1 coverage", "Review wait (h) mgr/others" })
        {
            header.ShouldContain(column);
        }

        // A table row never continues on the next line (the first cell of each is a whole "Name (id)").
        lines.Where(l => l.StartsWith("│ ", StringComparison.Ordinal) && !l.StartsWith("│ Manager ", StringComparison.Ordinal))
            .ShouldAllBe(l => l.Contains('(') && l.Contains(')'));
        // Sentences end where the renderer ended them, not where a width cut them.
        lines.Where(l => l.StartsWith("-> ", StringComparison.Ordinal)).ShouldNotBeEmpty();
        lines.Where(l => l.StartsWith("-> ", StringComparison.Ordinal)).ShouldAllBe(l => l.EndsWith('.'));
        lines.Where(l => l.Length > 0 && char.IsLower(l[0])
                && !l.StartsWith("error ", StringComparison.Ordinal) && !l.StartsWith("warning ", StringComparison.Ordinal) && !l.StartsWith("notice: ", StringComparison.Ordinal))
            .ShouldBeEmpty();
        result.Stdout.ShouldNotContain("Left out to fit");
    }
}
