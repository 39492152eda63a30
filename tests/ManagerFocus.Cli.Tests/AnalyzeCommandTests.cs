using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_without_inputs_runs_the_demo_and_says_so()
    {
        var result = Cli.Run("analyze", "--format", "json");

        result.ExitCode.ShouldBe(0);
        result.Stderr.ShouldContain("demo organization");
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("managers").GetArrayLength().ShouldBe(8);
        json.RootElement.GetProperty("inputs").GetProperty("demo").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Missing_people_file_is_one_line_and_exit_code_2()
    {
        var result = Cli.Run("analyze", "--people", "/no/such/people.csv");

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("/no/such/people.csv");
        result.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_command_the_tool_prints_its_help()
    {
        var result = Cli.Run();

        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldContain("managerfocus [command] [options]");
        result.Stdout.ShouldContain("analyze");
        result.Stdout.ShouldContain("explain");
    }

    [Fact]
    public void An_unknown_option_is_exit_code_2_with_the_nearest_one()
    {
        var result = Cli.Run("analyze", "--peeple", "x.csv");

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("--peeple");
        result.Stderr.ShouldContain("did you mean --people?");
    }
}
