using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mf-generate-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void Generate_writes_every_input_kind_and_analyze_reads_them()
    {
        var folder = Path.Combine(_root, "org");

        var generated = Cli.Run("generate", "--people", "40", "--out", folder, "--seed", "3", "--end", "2026-11-02");
        var analyzed = Cli.Run("analyze", "--people", Path.Combine(folder, "people.csv"), "--git", Path.Combine(folder, "git"),
            "--calendar", Path.Combine(folder, "calendars"), "--reviews", Path.Combine(folder, "github"),
            "--survey", Path.Combine(folder, "survey.csv"), "--exits", Path.Combine(folder, "exits.csv"), "--format", "json");

        generated.ExitCode.ShouldBe(0, generated.Stderr);
        generated.Stdout.ShouldBeEmpty();
        generated.Stderr.ShouldContain("Wrote 40 people");
        generated.Stderr.ShouldContain("pull requests");
        Directory.GetFiles(Path.Combine(folder, "calendars"), "*.ics").Length.ShouldBe(40);
        Directory.GetDirectories(Path.Combine(folder, "git")).ShouldNotBeEmpty();
        Directory.GetFiles(Path.Combine(folder, "github"), "*.json").ShouldNotBeEmpty();
        analyzed.ExitCode.ShouldBe(0, analyzed.Stderr);
        using var json = JsonDocument.Parse(analyzed.Stdout);
        json.RootElement.GetProperty("managers").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Generate_refuses_a_folder_that_is_not_empty()
    {
        var folder = _root;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        var result = Cli.Run("generate", "--people", "10", "--out", folder);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("not empty");
        File.ReadAllText(Path.Combine(folder, "keep.txt")).ShouldBe("mine");
    }

    [Theory]
    [InlineData("--people", "0")]
    [InlineData("--end", "2026-13-01")]
    public void Generate_rejects_bad_options_with_exit_code_2(string option, string value)
    {
        var folder = Path.Combine(_root, "org");
        string[] args = option == "--people" ? ["generate", "--people", value, "--out", folder] : ["generate", "--people", "5", "--out", folder, option, value];

        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain(option);
        Directory.Exists(folder).ShouldBeFalse();
    }
}
