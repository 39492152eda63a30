using System.Text.Json;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

/// <summary>`explain` beyond calendars: coding sessions and reviews, any subset of inputs, a person named by email or name.</summary>
public sealed class ExplainEvidenceTests : IDisposable
{
    private const string Secret = "zebracadabra-commit-message";
    private const string Repo = "https://api.github.com/repos/acme/api";

    private readonly TempFolder _temp = new("managerfocus-cli-explain-");

    public ExplainEvidenceTests()
    {
        File.WriteAllText(People, """
            id,name,email,manager_id,aliases
            maya,Maya Müller,maya@acme.test,,maya-gh
            ann,Ann Lee,ann@acme.test,maya,ann-gh
            sam1,Sam Roe,sam1@acme.test,maya,
            sam2,Sam Roe,sam2@acme.test,maya,
            """);
        var service = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        var tools = TestRepository.Init(Path.Combine(Root, "repos", "tools"));
        // One session of three commits in two repositories (09:00 to 10:30, 2 h with the lead), then a lone commit (0.5 h).
        service.Commit("Maya Müller", "maya@acme.test", "2026-03-03T09:00:00Z", Secret);
        tools.Commit("Maya Müller", "maya@acme.test", "2026-03-03T09:40:00Z", Secret);
        service.Commit("Maya Müller", "maya@acme.test", "2026-03-03T10:30:00Z", Secret);
        tools.Commit("Maya Müller", "maya@acme.test", "2026-03-04T14:00:00Z", Secret);
        service.Commit("Ann Lee", "ann@acme.test", "2026-03-03T09:10:00Z", Secret);
        service.Commit("Maya Müller", "maya@acme.test", "2026-03-20T09:00:00Z", Secret); // after the period
        Directory.CreateDirectory(Reviews);
        File.WriteAllText(Path.Combine(Reviews, "all.json"), "[" + string.Join(",",
            Pr(1, "ann-gh", "2026-03-02T09:00:00Z"),
            Pr(2, "ann-gh", "2026-03-03T09:00:00Z"),
            Pr(3, "maya-gh", "2026-03-03T09:00:00Z"),
            Review(1, "maya-gh", "COMMENTED", "2026-03-02T12:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T15:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-03-04T09:00:00Z"),
            Review(3, "maya-gh", "COMMENTED", "2026-03-04T10:00:00Z"),
            Review(3, "ann-gh", "APPROVED", "2026-03-04T11:00:00Z")) + "]");
    }

    private string Root => _temp.Path;

    private string People => Path.Combine(Root, "people.csv");

    private string Git => Path.Combine(Root, "repos");

    private string Reviews => Path.Combine(Root, "github");

    private static readonly string[] Period = ["--from", "2026-03-02", "--to", "2026-03-09"];

    public void Dispose() => _temp.Dispose();

    private static string Pr(int number, string login, string created) =>
        $$$"""{"url":"{{{Repo}}}/pulls/{{{number}}}","number":{{{number}}},"title":"{{{Secret}}}","user":{"login":"{{{login}}}","type":"User"},"created_at":"{{{created}}}","head":{"ref":"topic"},"base":{"ref":"main"}}""";

    private static string Review(int number, string login, string state, string submitted) =>
        $$$"""{"id":{{{number * 100_000 + (int)(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds() % 100_000)}}},"user":{"login":"{{{login}}}","type":"User"},"body":"{{{Secret}}}","state":"{{{state}}}","pull_request_url":"{{{Repo}}}/pulls/{{{number}}}","submitted_at":"{{{submitted}}}"}""";

    private static JsonElement Json(CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldNotContain(Secret);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private JsonElement Analyzed(params string[] inputs)
    {
        var report = Json(Cli.Run(["analyze", "--people", People, .. inputs, .. Period, "--format", "json"]));
        return report.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "maya");
    }

    [Fact]
    public void With_only_git_explain_by_email_lists_the_coding_sessions_whose_hours_are_analyzes()
    {
        // When Maya is explained by her email with git input alone
        var explained = Json(Cli.Run(["explain", "--people", People, "--git", Git, .. Period, "--person", "maya@acme.test", "--format", "json"]));

        // Then her two sessions are listed, the first of three commits in two repositories, and the hours are analyze's
        explained.GetProperty("person").GetString().ShouldBe("maya");
        var sessions = explained.GetProperty("codingSessions").EnumerateArray().ToList();
        sessions.Count.ShouldBe(2);
        sessions[0].GetProperty("firstCommit").GetString().ShouldBe("2026-03-03T09:00:00Z");
        sessions[0].GetProperty("lastCommit").GetString().ShouldBe("2026-03-03T10:30:00Z");
        sessions[0].GetProperty("hours").GetDouble().ShouldBe(2.0);
        sessions[0].GetProperty("commitCount").GetInt32().ShouldBe(3);
        sessions[0].GetProperty("repositories").EnumerateArray().Select(r => r.GetString()).ShouldBe(["service", "tools"]);
        sessions[0].GetProperty("commits").EnumerateArray().Select(c => c.GetProperty("time").GetString())
            .ShouldBe(["2026-03-03T09:00:00Z", "2026-03-03T09:40:00Z", "2026-03-03T10:30:00Z"]);
        sessions[1].GetProperty("hours").GetDouble().ShouldBe(0.5);
        var totals = explained.GetProperty("totals");
        totals.GetProperty("codingHours").GetDouble().ShouldBe(Analyzed("--git", Git).GetProperty("codingHours").GetDouble());
        totals.GetProperty("codingHours").GetDouble().ShouldBe(2.5);
        totals.GetProperty("commits").GetInt32().ShouldBe(4);

        // And the kinds not given are null, not zero, and said so
        explained.GetProperty("reviews").ValueKind.ShouldBe(JsonValueKind.Null);
        totals.GetProperty("reviewHours").ValueKind.ShouldBe(JsonValueKind.Null);
        totals.GetProperty("meetingHours").ValueKind.ShouldBe(JsonValueKind.Null);
        explained.GetProperty("meetingHours").ValueKind.ShouldBe(JsonValueKind.Null);
        var notes = totals.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        notes.ShouldContain(n => n.Contains("review hours are null") && n.Contains("--reviews"));
        notes.ShouldContain(n => n.Contains("meeting hours are null") && n.Contains("--calendar"));
    }

    [Fact]
    public void Reviews_are_listed_with_their_pull_request_day_whether_they_counted_and_the_wait_of_a_report()
    {
        var explained = Json(Cli.Run(["explain", "--people", People, "--reviews", Reviews, .. Period, "--person", "maya", "--format", "json"]));

        // Then the same-day second review of #1 does not count, the own pull request #3 is not listed, the waits are 3 h and 24 h
        var reviews = explained.GetProperty("reviews").EnumerateArray().ToList();
        reviews.Select(r => (r.GetProperty("pullRequest").GetInt32(), r.GetProperty("counted").GetBoolean())).ShouldBe([(1, true), (1, false), (2, true)]);
        reviews.ShouldAllBe(r => r.GetProperty("repository").GetString() == "acme/api" && r.GetProperty("author").GetString() == "ann");
        reviews[0].GetProperty("day").GetString().ShouldBe("2026-03-02");
        reviews[0].GetProperty("reportWaitHours").GetDouble().ShouldBe(3.0);
        reviews[1].GetProperty("reason").GetString()!.ShouldContain("same UTC day");
        reviews[1].GetProperty("reportWaitHours").ValueKind.ShouldBe(JsonValueKind.Null);
        reviews[2].GetProperty("reportWaitHours").GetDouble().ShouldBe(24.0);
        var totals = explained.GetProperty("totals");
        totals.GetProperty("reviewHours").GetDouble().ShouldBe(Analyzed("--reviews", Reviews).GetProperty("reviewHours").GetDouble());
        totals.GetProperty("reviewsCounted").GetInt32().ShouldBe(2);
        explained.GetProperty("codingSessions").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void An_exact_name_in_another_case_and_without_accents_finds_the_person()
    {
        var result = Cli.Run(["explain", "--people", People, "--git", Git, .. Period, "--person", "maya  MULLER"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("(maya)");
        result.Stdout.ShouldContain("Coding sessions");
    }

    [Fact]
    public void An_ambiguous_name_is_one_line_naming_the_candidates_and_exit_code_2()
    {
        var result = Cli.Run(["explain", "--people", People, "--git", Git, .. Period, "--person", "Sam Roe"]);

        result.ExitCode.ShouldBe(2);
        var line = result.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("sam1");
        line.ShouldContain("sam2");
    }

    [Fact]
    public void An_unknown_person_close_to_an_id_gets_a_did_you_mean()
    {
        var result = Cli.Run(["explain", "--people", People, "--git", Git, .. Period, "--person", "mayaa"]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("did you mean maya");
    }

    [Fact]
    public void The_table_has_one_section_per_kind_with_its_total_and_no_commit_message()
    {
        var result = Cli.Run(["explain", "--people", People, "--git", Git, "--reviews", Reviews, .. Period, "--person", "ann@acme.test"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("Coding sessions");
        result.Stdout.ShouldContain("1 session(s), 1 commit(s); coding hours 0.5");
        result.Stdout.ShouldContain("Reviews submitted");
        result.Stdout.ShouldContain("1 review(s), 1 counted; review hours 0.3");
        result.Stdout.ShouldContain("Calendar occurrences: none");
        result.Stdout.ShouldContain("Totals: coding 0.5 h, review 0.3 h, meeting - h");
        result.Stdout.ShouldNotContain(Secret);
    }

    [Fact]
    public void Pseudonymized_explain_names_no_real_id_name_or_email_but_keeps_repositories()
    {
        var result = Cli.Run(["explain", "--people", People, "--git", Git, "--reviews", Reviews, .. Period, "--person", "maya", "--format", "json", "--pseudonymize"]);

        var json = Json(result);
        foreach (var personal in new[] { "\"maya\"", "\"ann\"", "Maya", "Müller", "Ann Lee", "@acme.test", "maya-gh", "ann-gh" })
        {
            result.Stdout.ShouldNotContain(personal);
        }

        json.GetProperty("reviews")[0].GetProperty("author").GetString()!.ShouldStartWith("p-");
        json.GetProperty("codingSessions")[0].GetProperty("repositories")[0].GetString().ShouldBe("service");
    }

    [Fact]
    public void With_no_activity_input_at_all_explain_says_every_figure_is_unknown()
    {
        var result = Cli.Run(["explain", "--people", People, .. Period, "--person", "maya", "--format", "json"]);

        var totals = Json(result).GetProperty("totals");
        totals.GetProperty("codingHours").ValueKind.ShouldBe(JsonValueKind.Null);
        totals.GetProperty("notes").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public void A_workspace_explains_the_same_sessions_as_the_files()
    {
        var workspace = Path.Combine(Root, "org.db");
        var import = Cli.Run("import", "--workspace", workspace, "--people", People, "--git", Git, "--reviews", Reviews);
        import.ExitCode.ShouldBe(0, import.Stderr);

        var fromWorkspace = Json(Cli.Run(["explain", "--workspace", workspace, .. Period, "--person", "Maya Müller", "--format", "json"]));
        var fromFiles = Json(Cli.Run(["explain", "--people", People, "--git", Git, "--reviews", Reviews, .. Period, "--person", "maya", "--format", "json"]));

        fromWorkspace.GetProperty("codingSessions").GetRawText().ShouldBe(fromFiles.GetProperty("codingSessions").GetRawText());
        fromWorkspace.GetProperty("reviews").GetRawText().ShouldBe(fromFiles.GetProperty("reviews").GetRawText());
        fromWorkspace.GetProperty("totals").GetProperty("codingHours").GetDouble().ShouldBe(2.5);
    }

    [Fact]
    public void The_demo_explains_a_manager_with_every_kind_of_evidence()
    {
        var demo = Json(Cli.Run("analyze", "--format", "json"));
        var manager = demo.GetProperty("managers").EnumerateArray().First(m => m.GetProperty("codingHours").GetDouble() > 0);
        var id = manager.GetProperty("id").GetString()!;

        var explained = Json(Cli.Run("explain", "--person", id, "--format", "json"));

        explained.GetProperty("codingSessions").GetArrayLength().ShouldBeGreaterThan(0);
        explained.GetProperty("reviews").ValueKind.ShouldBe(JsonValueKind.Array);
        explained.GetProperty("occurrences").GetArrayLength().ShouldBeGreaterThan(0);
        var totals = explained.GetProperty("totals");
        foreach (var (figure, total) in new[] { ("codingHours", "codingHours"), ("reviewHours", "reviewHours"), ("meetingHours", "meetingHours"), ("oneOnOneHours", "oneOnOneHours") })
        {
            totals.GetProperty(total).GetDouble().ShouldBe(manager.GetProperty(figure).GetDouble(), figure);
        }
    }
}
