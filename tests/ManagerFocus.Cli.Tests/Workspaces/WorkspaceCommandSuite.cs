using System.Text.Json;
using System.Text.Json.Nodes;
using ManagerFocus.Storage.Tests.Databases;

namespace ManagerFocus.Cli.Tests.Workspaces;

/// <summary>
/// `import` and `analyze --workspace` end to end on files on disk, run once against a SQLite file and once against a
/// PostgreSQL database (the subclasses), as a user would run them.
/// </summary>
public abstract class WorkspaceCommandSuite : IDisposable
{
    private readonly WorkspaceScenario _scenario = new();
    private readonly ITestDatabase _database;

    protected WorkspaceCommandSuite(ITestDatabase database)
    {
        _database = database;
    }

    protected string Workspace => _database.Location;

    public void Dispose()
    {
        _database.Dispose();
        _scenario.Dispose();
        GC.SuppressFinalize(this);
    }

    private CliResult Import(params string[] inputs)
    {
        var result = Cli.Run(["import", "--workspace", Workspace, .. inputs]);
        result.ExitCode.ShouldBe(0, result.Stderr);
        return result;
    }

    private JsonNode Analyze(params string[] source)
    {
        var result = Cli.Run(["analyze", .. source, .. WorkspaceScenario.Period, "--format", "json"]);
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldNotContain(WorkspaceScenario.Secret);
        return JsonNode.Parse(result.Stdout)!;
    }

    private JsonNode FromWorkspace() => Analyze("--workspace", Workspace);

    private static JsonNode Manager(JsonNode report, string id) => report["managers"]!.AsArray().Single(m => (string)m!["id"]! == id)!;

    private static double? Coding(JsonNode report, string id) => Manager(report, id)["codingHours"]?.GetValue<double>();

    /// <summary>What must agree between the one-shot run and the workspace: every figure, not where the inputs came from.</summary>
    private static string Figures(JsonNode report) =>
        new JsonObject
        {
            ["period"] = report["period"]!.DeepClone(),
            ["managers"] = report["managers"]!.DeepClone(),
            ["summary"] = report["summary"]!.DeepClone(),
            ["evidence"] = report["evidence"]!.DeepClone(),
        }.ToJsonString();

    [Fact]
    public void A_workspace_stores_every_dated_snapshot_and_gives_the_same_weeks_and_comparison_as_the_files()
    {
        // Given an organization with three snapshots in two people files, imported
        using var dated = new DatedOrgFixture();
        string[] inputs = [.. dated.Inputs.TakeWhile(a => a != "--from")];
        string[] period = [.. dated.Inputs.SkipWhile(a => a != "--from")];
        var import = Import(inputs);
        var again = Import(inputs);

        // When the period is analysed, with a comparison, from the files and from the workspace
        JsonNode Run(params string[] source)
        {
            var result = Cli.Run(["analyze", .. source, .. period, "--compare-previous", "--format", "json"]);
            result.ExitCode.ShouldBe(0, result.Stderr);
            return JsonNode.Parse(result.Stdout)!;
        }

        var files = Run(inputs);
        var workspace = Run("--workspace", Workspace);

        // Then both files are stored, unchanged on the second import, and every figure agrees
        import.Stdout.ShouldContain("people: 2 new, 0 unchanged, 0 replaced; 20 people rows written");
        again.Stdout.ShouldContain("people: 0 new, 2 unchanged, 0 replaced");
        workspace["managers"]!.ToJsonString().ShouldBe(files["managers"]!.ToJsonString());
        workspace["comparedTo"]!.ToJsonString().ShouldBe(files["comparedTo"]!.ToJsonString());
        ((string)workspace["inputs"]!["people"]!).ShouldBe((string)files["inputs"]!["people"]!);
        ((int)Manager(workspace, "maria")["directReports"]!).ShouldBe(0);
        Manager(workspace, "maria")["lineChanges"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public void Analysing_the_workspace_gives_the_same_figures_as_the_files()
    {
        // Given every input imported into the workspace
        var import = Import(_scenario.Inputs);

        // When the same period is analysed from the files and from the workspace
        var files = Analyze(_scenario.Inputs);
        var workspace = FromWorkspace();

        // Then every figure agrees, and the import said what it stored, per source
        Figures(workspace).ShouldBe(Figures(files));
        Coding(workspace, "max").ShouldBe(1.5);
        // Two weekly 30-minute one-on-ones (the second moved) and the team meeting in Max's calendar; Deniz's one-on-one,
        // in Deniz's calendar only, counts for coverage, not for Max's hours.
        Manager(workspace, "max")["oneOnOneHours"]!.GetValue<double>().ShouldBe(1);
        Manager(workspace, "max")["meetingHours"]!.GetValue<double>().ShouldBe(2);
        Manager(workspace, "max")["oneOnOneCoverage"]!.GetValue<double>().ShouldBe(1);
        import.Stdout.ShouldContain("calendar: 2 new");
        import.Stdout.ShouldContain("people: 1 new");
        import.Stdout.ShouldContain("git: 1 new, 0 unchanged, 0 replaced; 5 commits written");
        import.Stdout.ShouldContain("reviews: 2 new");
        workspace["inputs"]!["workspace"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Importing_the_same_sources_again_adds_nothing_and_changes_no_figure()
    {
        Import(_scenario.Inputs);
        var before = Figures(FromWorkspace());

        var again = Import(_scenario.Inputs);

        again.Stdout.ShouldContain("git: 0 new, 1 unchanged, 0 replaced; 0 commits written");
        again.Stdout.ShouldContain("people: 0 new, 1 unchanged");
        again.Stdout.ShouldContain("reviews: 0 new, 2 unchanged");
        again.Stdout.ShouldContain("survey: 0 new, 1 unchanged");
        again.Stdout.ShouldContain("calendar: 0 new, 2 unchanged");
        Figures(FromWorkspace()).ShouldBe(before);
    }

    [Fact]
    public void A_file_written_again_with_the_same_content_is_unchanged_and_a_changed_one_replaced()
    {
        Import(_scenario.Inputs);

        // The same bytes under a new modification time, then a real change of one row
        File.WriteAllText(_scenario.Survey, File.ReadAllText(_scenario.Survey));
        File.SetLastWriteTimeUtc(_scenario.Survey, DateTime.UtcNow.AddMinutes(5));
        var touched = Import("--survey", _scenario.Survey);
        File.AppendAllText(_scenario.Survey, "max,2026-01-11,2\n");
        var changed = Import("--survey", _scenario.Survey);

        touched.Stdout.ShouldContain("survey: 0 new, 1 unchanged, 0 replaced");
        changed.Stdout.ShouldContain("survey: 0 new, 0 unchanged, 1 replaced; 3 answers written");
    }

    [Fact]
    public void New_commits_in_one_repository_change_exactly_that_persons_coding_hours()
    {
        // Given a workspace with everything imported
        Import(_scenario.Inputs);
        var before = FromWorkspace();

        // When Max commits twice more and only git is imported again
        _scenario.Repository.Commit("Max Manager", "max@corp.com", "2026-01-12T09:00:00Z", WorkspaceScenario.Secret);
        _scenario.Repository.Commit("Max Manager", "max@corp.com", "2026-01-12T10:00:00Z", WorkspaceScenario.Secret);
        var import = Import("--git", _scenario.Git);
        var after = FromWorkspace();

        // Then only the two new commits were written and only Max's coding hours moved (by one 1.5 h session)
        import.Stdout.ShouldContain("2 commits written");
        Coding(after, "max").ShouldBe(Coding(before, "max") + 1.5);
        Coding(after, "lead").ShouldBe(Coding(before, "lead"));
        after["summary"]!["unattributed"]!.ToJsonString().ShouldBe(before["summary"]!["unattributed"]!.ToJsonString());
    }

    [Fact]
    public void An_alias_added_to_people_csv_attributes_stored_commits_without_reading_git_again()
    {
        // Given commits under an address nobody claims, imported, and the repository gone afterwards
        Import(_scenario.Inputs);
        FromWorkspace()["summary"]!["unattributed"]!.ToJsonString().ShouldContain("deniz@laptop.example");
        Directory.Delete(_scenario.Git, recursive: true);

        // When the people file gains the address as Deniz's alias and only it is imported
        _scenario.WritePeople("deniz@laptop.example");
        var import = Import("--people", _scenario.People);
        var after = FromWorkspace();

        // Then Deniz's commits are attributed from what the workspace kept: no identity is left unattributed
        import.Stdout.ShouldContain("people: 0 new, 0 unchanged, 1 replaced");
        after["summary"]!["unattributed"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_import_leaves_the_workspace_as_it_was()
    {
        // Given a workspace holding the people file only
        Import("--people", _scenario.People);

        // When an import of git and a survey without its date column fails part-way
        File.WriteAllText(_scenario.Survey, "person_id,score\ndana,4\n");
        var failed = Cli.Run("import", "--workspace", Workspace, "--git", _scenario.Git, "--survey", _scenario.Survey);

        // Then it says why in one line, and nothing of it was kept: no coding figures at all
        failed.ExitCode.ShouldBe(2);
        failed.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("'date'");
        Coding(FromWorkspace(), "max").ShouldBeNull();
    }

    [Fact]
    public void Files_and_a_workspace_together_are_refused()
    {
        Import("--people", _scenario.People);

        var result = Cli.Run(["analyze", "--workspace", Workspace, "--people", _scenario.People]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("either --workspace or input files");
    }

    [Fact]
    public void An_empty_workspace_says_to_import_first()
    {
        var result = Cli.Run("analyze", "--workspace", Workspace);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("import");
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
    }
}

public sealed class SqliteWorkspaceCommandTests() : WorkspaceCommandSuite(new SqliteTestDatabase())
{
    [Fact]
    public void The_workspace_file_holds_no_title_description_location_or_commit_message()
    {
        using var scenario = new WorkspaceScenario();

        Cli.Run(["import", "--workspace", Workspace, .. scenario.Inputs]).ExitCode.ShouldBe(0);

        // Every byte the workspace wrote (the database and its write-ahead log), read as text.
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Workspace)!))
        {
            System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file)).ShouldNotContain(WorkspaceScenario.Secret);
        }
    }

    [Fact]
    public void Explain_lists_a_persons_one_on_ones_from_the_workspace_as_from_the_files()
    {
        using var scenario = new WorkspaceScenario();
        Cli.Run(["import", "--workspace", Workspace, .. scenario.Inputs]).ExitCode.ShouldBe(0);

        var files = Cli.Run(["explain", "--person", "dana", .. scenario.Inputs, .. WorkspaceScenario.Period, "--format", "json"]);
        var stored = Cli.Run(["explain", "--person", "dana", "--workspace", Workspace, .. WorkspaceScenario.Period, "--format", "json"]);

        stored.ExitCode.ShouldBe(0, stored.Stderr);
        var rows = JsonNode.Parse(stored.Stdout)!["occurrences"]!.ToJsonString();
        rows.ShouldBe(JsonNode.Parse(files.Stdout)!["occurrences"]!.ToJsonString());
        rows.ShouldContain("one-on-one");
        rows.ShouldNotContain(WorkspaceScenario.Secret);
    }

    [Theory]
    [InlineData("people.csv", "id,name\na,Ann\n")]
    [InlineData("random.bin", "\u0001\u0002 not a database at all \u0003")]
    public void A_file_that_is_not_a_workspace_is_refused_in_one_line(string name, string content)
    {
        var path = Path.Combine(Path.GetDirectoryName(Workspace)!, name);
        File.WriteAllText(path, content);

        var result = Cli.Run("analyze", "--workspace", path);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(path);
        File.ReadAllText(path).ShouldBe(content);
    }
}

public sealed class PostgresWorkspaceCommandTests() : WorkspaceCommandSuite(new PostgresTestDatabase())
{
    [Fact]
    public void A_wrong_password_is_refused_in_one_line_without_printing_it()
    {
        var wrong = new Npgsql.NpgsqlConnectionStringBuilder(Workspace) { Password = "not-the-password-9d2" }.ConnectionString;

        var result = Cli.Run("analyze", "--workspace", wrong);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        result.Stderr.ShouldNotContain("not-the-password-9d2");
    }

    [Fact]
    public void A_postgres_url_names_the_same_workspace()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Workspace);
        var url = $"postgres://{builder.Username}:{Uri.EscapeDataString(builder.Password!)}@{builder.Host}:{builder.Port}/{builder.Database}";
        Cli.Run("import", "--workspace", url, "--people", Path.Combine(Path.GetTempPath(), "none.csv")).ExitCode.ShouldBe(2);

        var result = Cli.Run("analyze", "--workspace", url);

        result.Stderr.ShouldContain("holds nothing yet");
    }
}
