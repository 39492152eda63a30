using System.Text.Json;
using ManagerFocus.Rendering.Tests.Charts;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

public sealed class PolicyInReportTests : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-policy-");

    public void Dispose() => _temp.Dispose();

    // One week of 40 working hours: Cleo codes 14.5 h (0.3625), Bram 18.5 h (0.4625).
    private string[] Inputs()
    {
        var people = _temp.Write("people.csv", """
            id,name,email,manager_id
            cleo,Cleo Coder,cleo@corp.com,
            bram,Bram Builder,bram@corp.com,
            ines,Ines IC,ines@corp.com,cleo
            otto,Otto IC,otto@corp.com,bram
            """);
        var repo = TestRepository.Init(Path.Combine(_temp.Path, "repos", "app"));
        foreach (var when in new[] { "05T09", "05T11", "05T13", "05T15", "05T17", "06T09", "06T11", "06T13", "06T14:30" })
        {
            repo.Commit("Cleo Coder", "cleo@corp.com", Time(when));
        }

        foreach (var when in new[] { "05T09", "05T11", "05T13", "05T15", "05T17", "06T09", "06T11", "06T13", "06T15", "06T17", "07T09", "07T10" })
        {
            repo.Commit("Bram Builder", "bram@corp.com", Time(when));
        }

        var policy = _temp.Write("policy.yml", "rules:\n  coding-cap:\n    max-coding-share: 0.4\n");
        return ["analyze", "--people", people, "--git", repo.Path, "--from", "2026-01-05", "--to", "2026-01-12", "--policy", policy];
    }

    private static string Time(string dayAndHour) =>
        $"2026-01-{dayAndHour}{(dayAndHour.Contains(':', StringComparison.Ordinal) ? "" : ":00")}:00Z";

    [Fact]
    public void The_report_carries_the_policy_in_force_and_its_violations_follow_it()
    {
        // Given a policy that raises the coding cap to 40%
        var inputs = Inputs();

        // When
        var result = Cli.Run([.. inputs, "--format", "json"]);

        // Then the policy is in the report, and only the manager above 40% breaks coding-cap
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var cap = json.RootElement.GetProperty("policy").GetProperty("codingCap");
        cap.GetProperty("maxCodingShare").GetDouble().ShouldBe(0.4);
        cap.GetProperty("severity").GetString().ShouldBe("error");
        var managers = json.RootElement.GetProperty("managers").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m);
        managers["cleo"].GetProperty("codingShare").GetDouble().ShouldBe(0.363);
        managers["bram"].GetProperty("codingShare").GetDouble().ShouldBe(0.463);
        Rules(managers["cleo"]).ShouldNotContain("coding-cap");
        Rules(managers["bram"]).ShouldContain("coding-cap");
    }

    [Fact]
    public void The_html_chart_draws_the_cap_line_at_the_policys_share()
    {
        // Given a policy that raises the coding cap to 40%
        var inputs = Inputs();

        // When
        var html = Cli.Run([.. inputs, "--format", "html"]).Stdout;

        // Then
        var svg = SvgText.ChartIn(html, "span-coding");
        SvgText.HorizontalLine(svg, "#D1495B").ShouldBe(SvgText.Top(svg, "40%"), 0.01);
        SvgText.Texts(svg).ShouldContain("40% coding limit");
    }

    private static List<string?> Rules(JsonElement manager) =>
        manager.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToList();
}
