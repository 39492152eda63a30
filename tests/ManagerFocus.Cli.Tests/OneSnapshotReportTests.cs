using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ManagerFocus.Cli.Tests;

/// <summary>A people file with one snapshot (no effective_date) gives the reports it gave before weekly series existed.</summary>
public sealed partial class OneSnapshotReportTests : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-one-snapshot-");

    public void Dispose() => _temp.Dispose();

    private string Analyze(string format)
    {
        var folder = Path.Combine(_temp.Path, "org");
        if (!Directory.Exists(folder))
        {
            var generated = Cli.Run("generate", "--people", "60", "--out", folder, "--seed", "7", "--end", "2026-06-01");
            generated.ExitCode.ShouldBe(0, generated.Stderr);
        }

        string In(string name) => Path.Combine(folder, name);
        var result = Cli.Run("analyze", "--people", In("people.csv"), "--git", In("git"), "--calendar", In("calendars"), "--reviews", In("github"),
            "--survey", In("survey.csv"), "--exits", In("exits.csv"), "--format", format);
        result.ExitCode.ShouldBe(0, result.Stderr);

        // The golden reports were written with paths relative to the organization's folder.
        return result.Stdout.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }

    private static string Golden(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Golden", name));

    [Fact]
    public void The_json_report_is_byte_identical_to_the_one_before_weekly_series_apart_from_weeks_and_repositories()
    {
        var json = Analyze("json");

        json.ShouldContain("\"weeks\": [");
        json.ShouldContain("\"repositories\": [");
        RepositoriesArray().Replace(WeeksArray().Replace(json, ""), "").ShouldBe(Golden("one-snapshot-before-weeks.json"));
    }

    [Fact]
    public void The_csv_report_is_byte_identical_to_the_one_before_weekly_series()
    {
        Analyze("csv").ShouldBe(Golden("one-snapshot-before-weeks.csv"));
    }

    // Each manager's weeks[] is the last property of the manager object, indented by six spaces.
    [GeneratedRegex(",\\n      \"weeks\": \\[[\\s\\S]*?\\n      \\]")]
    private static partial Regex WeeksArray();

    // inputs.repositories[] (docs/definitions.md, "Repositories found") was added after the golden report, inside inputs.
    [GeneratedRegex(",\\n    \"repositories\": \\[[\\s\\S]*?\\n    \\]")]
    private static partial Regex RepositoriesArray();
}
