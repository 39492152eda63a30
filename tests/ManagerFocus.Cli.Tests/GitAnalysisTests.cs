using System.Text.Json;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

public sealed class GitAnalysisTests : IDisposable
{
    private const string Secret = "secret-commit-message-7f3a";

    private readonly TempFolder _temp = new("managerfocus-cli-git-");

    private string Root => _temp.Path;

    public void Dispose() => _temp.Dispose();

    private string People()
    {
        var path = Path.Combine(Root, "people.csv");
        File.WriteAllText(path, """
            id,name,email,manager_id,aliases
            lead,Lena Lead,lena@corp.com,,lena-gh
            mgr,Max Manager,max@corp.com,lead,Maxi M
            dana,Dana Dev,dana@corp.com,mgr,
            deniz,Deniz Dev,deniz@corp.com,mgr,
            """);
        return path;
    }

    /// <summary>Two repositories sharing history, with a .mailmap, aliases, a noreply address, a merge, a bot and a stranger.</summary>
    private (string Service, string Fork) Repositories()
    {
        var service = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        service.WriteFile(".mailmap", "Max Manager <max@corp.com> <max@oldcorp.example>\n");
        service.Commit("Max", "max@corp.com", "2026-01-04T23:00:00Z", Secret);              // before the period
        service.Commit("Max Old", "max@oldcorp.example", "2026-01-06T09:00:00Z", Secret);  // .mailmap
        service.Commit("Maxi M", "laptop@home.example", "2026-01-06T10:30:00Z", Secret);   // author-name alias
        service.Commit("Max Manager", "max@corp.com", "2026-01-06T12:30:00Z", Secret);     // gap of exactly 2 h
        service.Commit("L", "777+lena-gh@users.noreply.github.com", "2026-01-07T14:00:00Z", Secret);
        service.Git("checkout", "-q", "-b", "feature");
        service.Commit("Dana Dev", "dana@corp.com", "2026-01-07T15:00:00Z", Secret);
        service.Git("checkout", "-q", "main");
        service.Merge("feature", "Lena Lead", "lena@corp.com", "2026-01-07T17:00:00Z", Secret);
        service.Commit("Ghost", "ghost@else.example", "2026-01-08T10:00:00Z", Secret);
        service.Commit("Ghost", "ghost@else.example", "2026-01-08T11:00:00Z", Secret);
        service.Commit("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com", "2026-01-09T10:00:00Z", Secret);
        var fork = TestRepository.Clone(service.Path, Path.Combine(Root, "repos", "fork"));
        fork.Commit("Max Manager", "max@corp.com", "2026-01-08T10:00:00Z", Secret);
        fork.Commit("Max Manager", "max@corp.com", "2026-01-19T00:00:00Z", Secret);        // the period's end is exclusive
        return (service.Path, fork.Path);
    }

    [Fact]
    public void A_lead_whose_commits_carry_only_their_exact_name_is_attributed_and_the_report_says_how()
    {
        // Given a lead who commits from a private email no alias names, under their exact name (other case, no accent),
        // and a stranger who pastes the hint's "Name <email>" form as an alias of Deniz
        File.WriteAllText(Path.Combine(Root, "people.csv"), """
            id,name,email,manager_id,aliases
            lead,Léa Lead,lea@corp.com,,
            dana,Dana Dev,dana@corp.com,lead,
            deniz,Deniz Dev,deniz@corp.com,lead,Deniz D <deniz@laptop.example>
            """);
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "named"));
        repo.Commit("LEA LEAD", "lea.private@mail.example", "2026-01-06T09:00:00Z", Secret);
        repo.Commit("Deniz D", "deniz@laptop.example", "2026-01-06T10:00:00Z", Secret);

        // When
        var result = Cli.Run("analyze", "--people", Path.Combine(Root, "people.csv"), "--git", repo.Path,
            "--from", "2026-01-05", "--to", "2026-01-19", "--format", "json");

        // Then both are attributed, nothing is left unattributed, and a notice (not a warning) names the name match
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Manager(json, "lead").GetProperty("codingHours").GetDouble().ShouldBe(0.5, 0.01);
        json.RootElement.GetProperty("summary").GetProperty("unattributed").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("notices").EnumerateArray().Select(w => w.GetProperty("message").GetString())
            .ShouldContain(m => m!.Contains("1 commit author(s) attributed by their exact name") && m.Contains("LEA LEAD <lea.private@mail.example> as lead"));
    }

    [Fact]
    public void Coding_hours_and_shares_follow_the_session_rule_across_repositories()
    {
        // Given the organization and its two repositories, read through the folder that holds both
        var people = People();
        Repositories();

        // When two weeks (80 working hours) are analysed
        var result = Cli.Run("analyze", "--people", people, "--git", Path.Combine(Root, "repos"),
            "--from", "2026-01-05", "--to", "2026-01-19", "--format", "json");

        // Then Max has one 4 h session (09:00-12:30 + 0.5 h) and one of 0.5 h; Lena 0.5 h, her merge not counted
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var max = Manager(json, "mgr");
        max.GetProperty("codingHours").GetDouble().ShouldBe(4.5, 0.01);
        max.GetProperty("codingShare").GetDouble().ShouldBe(4.5 / 80, 0.001);
        var lena = Manager(json, "lead");
        lena.GetProperty("codingHours").GetDouble().ShouldBe(0.5, 0.01);
        lena.GetProperty("codingShare").GetDouble().ShouldBe(0.5 / 80, 0.001);

        // And the stranger is listed once per commit, the bot only counted in a notice
        var unattributed = json.RootElement.GetProperty("summary").GetProperty("unattributed").EnumerateArray().ToList();
        unattributed.ShouldHaveSingleItem().GetProperty("identity").GetString().ShouldBe("Ghost <ghost@else.example>");
        unattributed[0].GetProperty("count").GetInt32().ShouldBe(2);
        json.RootElement.GetProperty("notices").EnumerateArray()
            .ShouldContain(w => w.GetProperty("message").GetString()!.Contains("renovate[bot]"));
    }

    [Fact]
    public void Commit_messages_never_reach_the_report()
    {
        var people = People();
        Repositories();

        foreach (var format in new[] { "json", "csv", "html", "table" })
        {
            var result = Cli.Run("analyze", "--people", people, "--git", Path.Combine(Root, "repos"), "--format", format);

            result.ExitCode.ShouldBe(0, result.Stderr);
            result.Stdout.ShouldNotContain(Secret);
            result.Stderr.ShouldNotContain(Secret);
        }
    }

    [Fact]
    public void Without_from_and_to_the_period_ends_the_day_after_the_latest_commit()
    {
        var people = People();
        Repositories();

        var result = Cli.Run("analyze", "--people", people, "--git", Path.Combine(Root, "repos"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("period").GetProperty("to").GetString().ShouldBe("2026-01-20");
        // The commits of 4 and 19 January now fall inside: two more sessions of 0.5 h for Max.
        Manager(json, "mgr").GetProperty("codingHours").GetDouble().ShouldBe(5.5, 0.01);
    }

    [Fact]
    public void A_git_path_that_holds_no_repository_is_one_line_and_exit_code_2()
    {
        var people = People();
        var nowhere = Path.Combine(Root, "nowhere");

        var result = Cli.Run("analyze", "--people", people, "--git", nowhere);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(nowhere);
        result.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Bot_author_patterns_from_the_policy_file_skip_those_commits()
    {
        var repo = TestRepository.Init(Path.Combine(Root, "bots", "tools"));
        repo.Commit("Max Manager", "max@corp.com", "2026-01-06T09:00:00Z", Secret);
        repo.Commit("Jenkins", "max@corp.com", "2026-01-06T15:00:00Z", Secret);
        var policy = Path.Combine(Root, "policy.yml");
        File.WriteAllText(policy, "definitions:\n  bot-author-patterns: [\"jenkins\"]\n");
        string[] common = ["analyze", "--people", People(), "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19", "--format", "json"];

        using var plain = JsonDocument.Parse(Cli.Run(common).Stdout);
        using var withPolicy = JsonDocument.Parse(Cli.Run([.. common, "--policy", policy]).Stdout);

        Manager(plain, "mgr").GetProperty("codingHours").GetDouble().ShouldBe(1.0);
        Manager(withPolicy, "mgr").GetProperty("codingHours").GetDouble().ShouldBe(0.5);
    }

    private static JsonElement Manager(JsonDocument json, string id) =>
        json.RootElement.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);
}
