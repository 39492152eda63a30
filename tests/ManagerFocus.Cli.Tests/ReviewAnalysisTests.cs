using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class ReviewAnalysisTests : IDisposable
{
    private const string Repo = "https://api.github.com/repos/acme/api";

    private readonly string _folder = Directory.CreateTempSubdirectory("managerfocus-review-cli-").FullName;

    public ReviewAnalysisTests()
    {
        File.WriteAllText(People, """
            id,name,email,manager_id,aliases
            maya,Maya,maya@acme.test,,maya-gh
            ann,Ann,ann@acme.test,maya,ann-gh
            ben,Ben,ben@acme.test,maya,ben-gh
            """);
        Directory.CreateDirectory(Exports);
    }

    private string People => Path.Combine(_folder, "people.csv");

    private string Exports => Path.Combine(_folder, "github");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Pr(int number, string login, string created) =>
        $$$"""{"url":"{{{Repo}}}/pulls/{{{number}}}","number":{{{number}}},"title":"Quarterly secret roadmap","body":"Confidential body","user":{"login":"{{{login}}}","type":"User"},"created_at":"{{{created}}}","head":{"ref":"topic"},"base":{"ref":"main"}}""";

    private static string Review(int number, string login, string state, string submitted) =>
        $$$"""{"id":{{{number}}},"user":{"login":"{{{login}}}","type":"User"},"body":"Confidential review","state":"{{{state}}}","pull_request_url":"{{{Repo}}}/pulls/{{{number}}}","submitted_at":"{{{submitted}}}"}""";

    private JsonElement Analyze(params string[] extra)
    {
        var result = Cli.Run(["analyze", "--people", People, "--reviews", Exports, "--from", "2026-03-02", "--to", "2026-03-09", "--format", "json", .. extra]);
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldNotContain("secret roadmap");
        result.Stdout.ShouldNotContain("Confidential");
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public void Analyze_reports_review_hours_and_the_review_bottleneck_from_github_exports()
    {
        // Given paginated pull requests and reviews: Maya reviews #1 twice on one day, #2 on two days; a stranger reviews too
        File.WriteAllText(Path.Combine(Exports, "pulls.json"),
            $"[{Pr(1, "ann-gh", "2026-03-02T09:00:00Z")}]\n[{Pr(2, "ben-gh", "2026-03-03T09:00:00Z")}]\n");
        File.WriteAllText(Path.Combine(Exports, "reviews.json"), "[" + string.Join(",",
            Review(1, "maya-gh", "COMMENTED", "2026-03-02T12:00:00Z"),
            Review(1, "maya-gh", "APPROVED", "2026-03-02T15:00:00Z"),
            Review(1, "ann-gh", "COMMENTED", "2026-03-02T16:00:00Z"),
            Review(2, "maya-gh", "CHANGES_REQUESTED", "2026-03-04T09:00:00Z"),
            Review(2, "maya-gh", "DISMISSED", "2026-03-05T09:00:00Z"),
            Review(2, "maya-gh", "APPROVED", "2026-03-05T10:00:00Z"),
            Review(2, "outsider", "APPROVED", "2026-03-03T11:00:00Z")) + "]");

        // When
        var report = Analyze();

        // Then 3 units of 20 minutes, waits of 3 h and 24 h against the outsider's 2 h
        var maya = report.GetProperty("managers")[0];
        maya.GetProperty("id").GetString().ShouldBe("maya");
        maya.GetProperty("reviewHours").GetDouble().ShouldBe(1.0);
        var bottleneck = maya.GetProperty("reviewBottleneck");
        bottleneck.GetProperty("managerMedianHours").GetDouble().ShouldBe(13.5);
        bottleneck.GetProperty("othersMedianHours").GetDouble().ShouldBe(2.0);
        bottleneck.GetProperty("pullRequests").GetInt32().ShouldBe(2);
        var unattributed = report.GetProperty("summary").GetProperty("unattributed").EnumerateArray().ShouldHaveSingleItem();
        unattributed.GetProperty("source").GetString().ShouldBe("reviews");
        unattributed.GetProperty("identity").GetString().ShouldBe("outsider");
        unattributed.GetProperty("count").GetInt32().ShouldBe(1);

        // And the outsider's 1 of the 6 counting reviews read is more than the default 10% left unattributed, so the report warns
        report.GetProperty("summary").GetProperty("unattributedReviews").GetProperty("share").GetDouble().ShouldBe(0.167);
        report.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem().GetProperty("message").GetString()!
            .ShouldStartWith("1 of 6 reviews (16.7%) are attributed to nobody");
    }

    [Fact]
    public void The_table_shows_the_review_wait()
    {
        File.WriteAllText(Path.Combine(Exports, "all.json"),
            $"[{Pr(1, "ann-gh", "2026-03-02T09:00:00Z")},{Review(1, "maya-gh", "APPROVED", "2026-03-02T11:30:00Z")}]");

        var result = Cli.Run("analyze", "--people", People, "--reviews", Exports, "--from", "2026-03-02", "--to", "2026-03-09");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("Review wait");
        result.Stdout.ShouldContain("2.5");
    }

    [Fact]
    public void Bad_review_input_is_a_warning_and_the_rest_is_kept()
    {
        File.WriteAllText(Path.Combine(Exports, "broken.json"),
            $"[{Pr(1, "ann-gh", "2026-03-02T09:00:00Z")},{Review(1, "maya-gh", "APPROVED", "2026-03-02T11:00:00Z")}][{{\"number\": ");

        var report = Analyze();

        report.GetProperty("managers")[0].GetProperty("reviewHours").GetDouble().ShouldBe(0.33);
        var warning = report.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem();
        warning.GetProperty("source").GetString().ShouldBe("reviews");
        warning.GetProperty("location").GetString()!.ShouldContain("broken.json:1");
    }

    [Fact]
    public void The_default_period_ends_the_day_after_the_latest_review()
    {
        File.WriteAllText(Path.Combine(Exports, "all.json"),
            $"[{Pr(1, "ann-gh", "2026-03-02T09:00:00Z")},{Review(1, "maya-gh", "APPROVED", "2026-03-10T11:00:00Z")}]");

        var result = Cli.Run("analyze", "--people", People, "--reviews", Exports, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("period").GetProperty("to").GetString().ShouldBe("2026-03-11");
    }

    [Fact]
    public void A_missing_reviews_path_is_one_line_and_exit_code_2()
    {
        var result = Cli.Run("analyze", "--people", People, "--reviews", Path.Combine(_folder, "nowhere"));

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("nowhere");
    }

    [Fact]
    public void Without_review_data_review_figures_are_null()
    {
        var result = Cli.Run("analyze", "--people", People, "--from", "2026-03-02", "--to", "2026-03-09", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var maya = json.RootElement.GetProperty("managers")[0];
        maya.GetProperty("reviewHours").ValueKind.ShouldBe(JsonValueKind.Null);
        maya.GetProperty("reviewBottleneck").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
