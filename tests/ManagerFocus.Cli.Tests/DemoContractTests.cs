using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

/// <summary>The demo through every importer: the JSON contract is complete and the demo shows what it promises.</summary>
public sealed class DemoContractTests
{
    private static readonly string[] ManagerFields =
    [
        "id", "name", "directReports", "spanTier", "workingHours", "codingHours", "reviewHours", "meetingHours", "oneOnOneHours",
        "codingShare", "reviewShare", "meetingShare", "oneOnOneShare", "oneOnOneCoverage", "reportsWithoutOneOnOne", "reviewBottleneck",
        "observedRole", "declaredTrack", "violations", "recommendations",
    ];

    private static readonly Lazy<JsonDocument> Demo = new(() =>
    {
        var result = Cli.Run("analyze", "--format", "json");
        result.ExitCode.ShouldBe(0, result.Stderr);
        return JsonDocument.Parse(result.Stdout);
    });

    [Fact]
    public void Every_manager_has_every_contract_field_and_figures_from_every_input()
    {
        var managers = Demo.Value.RootElement.GetProperty("managers").EnumerateArray().ToList();

        managers.Count.ShouldBe(8);
        foreach (var m in managers)
        {
            foreach (var field in ManagerFields)
            {
                m.TryGetProperty(field, out _).ShouldBeTrue($"{field} missing");
            }

            foreach (var figure in new[] { "codingHours", "reviewHours", "meetingHours", "oneOnOneHours", "codingShare", "observedRole" })
            {
                m.GetProperty(figure).ValueKind.ShouldNotBe(JsonValueKind.Null, $"{figure} of {m.GetProperty("id")}");
            }
        }
    }

    [Fact]
    public void The_demo_covers_every_span_tier_and_observed_role()
    {
        var managers = Demo.Value.RootElement.GetProperty("managers").EnumerateArray().ToList();

        managers.Select(m => m.GetProperty("spanTier").GetString()).Distinct().Order().ShouldBe(["large", "mid", "small"]);
        managers.Select(m => m.GetProperty("observedRole").GetString()).Distinct().Order().ShouldBe(["coding-manager", "hybrid", "ic", "manager"]);
    }

    [Fact]
    public void The_demo_shows_a_review_bottleneck_missing_one_on_ones_and_an_error_rule()
    {
        var violations = Demo.Value.RootElement.GetProperty("managers").EnumerateArray()
            .SelectMany(m => m.GetProperty("violations").EnumerateArray())
            .Select(v => (Rule: v.GetProperty("rule").GetString(), Severity: v.GetProperty("severity").GetString()))
            .ToList();

        violations.ShouldContain(("review-bottleneck", "warning"));
        violations.ShouldContain(("one-on-ones", "warning"));
        violations.ShouldContain(("coding-cap", "error"));
    }

    [Fact]
    public void The_demo_period_is_fixed_so_the_report_is_the_same_every_day()
    {
        var period = Demo.Value.RootElement.GetProperty("period");

        period.GetProperty("from").GetString().ShouldBe("2026-08-03");
        period.GetProperty("to").GetString().ShouldBe("2026-11-02");
    }

    [Fact]
    public void Shares_are_hours_over_working_hours_at_the_contract_precision()
    {
        foreach (var m in Demo.Value.RootElement.GetProperty("managers").EnumerateArray())
        {
            var working = m.GetProperty("workingHours").GetDouble();
            var coding = m.GetProperty("codingHours").GetDouble();

            m.GetProperty("codingShare").GetDouble().ShouldBe(Math.Round(coding / working, 3), 0.0011);
            (Math.Round(coding, 2) - coding).ShouldBe(0, 1e-9);
        }
    }
}
