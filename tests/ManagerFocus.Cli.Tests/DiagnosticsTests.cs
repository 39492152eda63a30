using System.Text.Json;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

/// <summary>Warnings and notices, identities that share an email, suggested people and unattributed shares, through the real command.</summary>
public sealed class DiagnosticsTests : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-diagnostics-");

    private string Root => _temp.Path;

    public void Dispose() => _temp.Dispose();

    private string People(string rows = "")
    {
        var path = Path.Combine(Root, "people.csv");
        File.WriteAllText(path, """
            id,name,email,manager_id,aliases
            lead,Lena Lead,lena@corp.com,,
            alice,Alice Martin,alice@corp.com,lead,
            dana,Dana Dev,dana@corp.com,lead,

            """ + rows);
        return path;
    }

    private CliResult Analyze(string repo, params string[] extra) =>
        Cli.Run(["analyze", "--people", People(), "--git", repo, "--from", "2026-01-05", "--to", "2026-01-19", .. extra]);

    [Fact]
    public void A_repository_with_a_dependency_bot_passes_strict_and_the_bot_is_a_notice()
    {
        // Given a repository where dependabot commits beside people
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Dana Dev", "dana@corp.com", "2026-01-06T09:00:00Z", "work");
        repo.Commit("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "2026-01-06T10:00:00Z", "bump");

        // When analysed under --strict
        var result = Analyze(repo.Path, "--strict", "--format", "json");

        // Then it passes, with no warning and the skipped bot as a notice
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("warnings").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("warningCount").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("notices").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("message").GetString()!.ShouldContain("1 commit(s) by 1 bot author(s) skipped: dependabot[bot]");
    }

    [Fact]
    public void Spellings_sharing_an_email_are_one_identity_and_one_attributed_spelling_attributes_them_all()
    {
        // Given a stranger under two names with one email, and Dana under her exact name and a nickname with one private email
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Sam Stranger", "sam@else.example", "2026-01-06T09:00:00Z", "a");
        repo.Commit("sstranger", "SAM@else.example", "2026-01-06T10:00:00Z", "b");
        repo.Commit("sstranger", "sam@else.example", "2026-01-06T11:00:00Z", "c");
        repo.Commit("Dana Dev", "dana.private@home.example", "2026-01-07T09:00:00Z", "d");
        repo.Commit("dd", "dana.private@home.example", "2026-01-07T15:00:00Z", "e");

        // When
        var result = Analyze(repo.Path, "--format", "json");

        // Then the stranger is one entry with both spellings and the commits summed
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var summary = json.RootElement.GetProperty("summary");
        var stranger = summary.GetProperty("unattributed").EnumerateArray().ShouldHaveSingleItem();
        stranger.GetProperty("identity").GetString()!.ShouldStartWith("sstranger <");
        stranger.GetProperty("count").GetInt32().ShouldBe(3);
        var spellings = stranger.GetProperty("spellings").EnumerateArray().Select(s => s.GetString()).ToList();
        spellings.Count.ShouldBe(2);
        spellings[1].ShouldBe("Sam Stranger <sam@else.example>");

        // And both of Dana's spellings are hers: 2 commits, 6 hours apart, two sessions of 0.5 h
        summary.GetProperty("unattributedCommits").GetProperty("total").GetInt32().ShouldBe(5);
        summary.GetProperty("unattributedCommits").GetProperty("unattributed").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("message").GetString())
            .ShouldContain(m => m!.Contains("dd <dana.private@home.example> as dana"));
    }

    [Fact]
    public void An_unattributed_identity_gets_a_suggested_person_in_the_terminal_json_and_html_but_is_not_attributed()
    {
        // Given Alice committing under her name with the words swapped, from a private email
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Martin Alice", "am1987@home.example", "2026-01-06T09:00:00Z", "a");
        repo.Commit("Dana Dev", "dana@corp.com", "2026-01-06T10:00:00Z", "b");

        // When
        var table = Analyze(repo.Path);
        var json = Analyze(repo.Path, "--format", "json");
        var html = Analyze(repo.Path, "--format", "html");

        // Then each output suggests Alice, and the identity stays unattributed
        table.ExitCode.ShouldBe(0, table.Stderr);
        table.Stdout.ShouldContain("did you mean alice Alice Martin");
        using var report = JsonDocument.Parse(json.Stdout);
        var entry = report.RootElement.GetProperty("summary").GetProperty("unattributed").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("identity").GetString().ShouldBe("Martin Alice <am1987@home.example>");
        entry.GetProperty("suggestion").GetProperty("id").GetString().ShouldBe("alice");
        entry.GetProperty("suggestion").GetProperty("reason").GetString().ShouldBe("same name");
        html.Stdout.ShouldContain("did you mean alice Alice Martin?");
    }

    [Fact]
    public void A_large_unattributed_share_warns_and_the_threshold_is_a_policy_setting()
    {
        // Given 3 of 4 commits by a stranger
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Dana Dev", "dana@corp.com", "2026-01-06T09:00:00Z", "a");
        for (var hour = 10; hour < 13; hour++)
        {
            repo.Commit("Zed", "zed@else.example", $"2026-01-06T{hour}:00:00Z", "z");
        }

        // When analysed with the default and with a policy allowing 80%
        var warned = Analyze(repo.Path, "--format", "json");
        var policy = Path.Combine(Root, "policy.yml");
        File.WriteAllText(policy, "definitions:\n  max-unattributed-share: 0.8\n");
        var allowed = Analyze(repo.Path, "--format", "json", "--policy", policy);
        var table = Analyze(repo.Path);

        // Then the default warns with the share, the terminal says it, and the looser policy does not warn
        warned.ExitCode.ShouldBe(0, warned.Stderr);
        using var json = JsonDocument.Parse(warned.Stdout);
        json.RootElement.GetProperty("summary").GetProperty("unattributedCommits").GetProperty("share").GetDouble().ShouldBe(0.75);
        json.RootElement.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("message").GetString()!.ShouldContain("3 of 4 commits (75%) are attributed to nobody");
        table.Stdout.ShouldContain("Unattributed commits: 3 of 4 (75%)");
        using var loose = JsonDocument.Parse(allowed.Stdout);
        loose.RootElement.GetProperty("warnings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Check_prints_notices_and_input_warnings()
    {
        // Given a bot commit (a notice) and a people file with an unknown column (a warning)
        var people = Path.Combine(Root, "people-extra.csv");
        File.WriteAllText(people, "id,name,email,manager_id,shoe_size\nlead,Lena Lead,lena@corp.com,,42\ndana,Dana Dev,dana@corp.com,lead,40\n");
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Dana Dev", "dana@corp.com", "2026-01-06T09:00:00Z", "a");
        repo.Commit("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com", "2026-01-06T10:00:00Z", "bump");

        // When
        var result = Cli.Run("check", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19");
        var json = Cli.Run("check", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19", "--format", "json");

        // Then both are shown, apart
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("notice  ");
        result.Stdout.ShouldContain("renovate[bot]");
        result.Stdout.ShouldContain("input warning ");
        result.Stdout.ShouldContain("unknown column 'shoe_size' is ignored");
        result.Stdout.ShouldContain("1 input warning(s), 1 notice(s).");
        using var body = JsonDocument.Parse(json.Stdout);
        body.RootElement.GetProperty("inputWarnings").GetArrayLength().ShouldBe(1);
        body.RootElement.GetProperty("notices").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Repeated_warnings_are_one_entry_per_file_and_the_html_lists_every_one_collapsed()
    {
        // Given 14 rows with the same problem and one other problem, in one people file
        var rows = string.Concat(Enumerable.Range(1, 14).Select(i => $"p{i},Person {i},p{i}@corp.com,lead,,2026-02-01,2026-01-01\n"));
        var people = Path.Combine(Root, "people-dates.csv");
        File.WriteAllText(people, "id,name,email,manager_id,track,start_date,end_date\nlead,Lena Lead,lena@corp.com,,wizard,,\n" + rows);
        var repo = TestRepository.Init(Path.Combine(Root, "repos", "service"));
        repo.Commit("Lena Lead", "lena@corp.com", "2026-01-06T09:00:00Z", "a");

        // When
        var json = Cli.Run("analyze", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19", "--format", "json");
        var html = Cli.Run("analyze", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19", "--format", "html");
        var table = Cli.Run("analyze", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-19");

        // Then the 14 are one entry with a count and the first 5 locations
        json.ExitCode.ShouldBe(0, json.Stderr);
        using var report = JsonDocument.Parse(json.Stdout);
        report.RootElement.GetProperty("warningCount").GetInt32().ShouldBe(15);
        var warnings = report.RootElement.GetProperty("warnings").EnumerateArray().ToList();
        warnings.Count.ShouldBe(2);
        var repeated = warnings.Single(w => w.GetProperty("count").GetInt32() == 14);
        repeated.GetProperty("location").GetString().ShouldBe(people);
        repeated.GetProperty("locations").EnumerateArray().Select(l => l.GetString()).ShouldBe([$"{people}:3", $"{people}:4", $"{people}:5", $"{people}:6", $"{people}:7"]);
        table.Stdout.ShouldContain("14 times");

        // And the HTML lists both, collapsed per file, without the old "first 10" heading
        html.Stdout.ShouldContain("<details class=\"warnings\">");
        html.Stdout.ShouldContain("15 warning(s)</summary>");
        html.Stdout.ShouldContain("is not after start_date");
        html.Stdout.ShouldContain("is not one of ic, management, hybrid");
        html.Stdout.ShouldNotContain("The first");
    }
}
