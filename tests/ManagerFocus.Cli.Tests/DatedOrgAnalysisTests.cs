using System.Text.Json.Nodes;

namespace ManagerFocus.Cli.Tests;

/// <summary>
/// `analyze`, `explain` and `check` on an organization whose reports move between managers mid-period
/// (see <see cref="DatedOrgFixture"/>): every figure as docs/definitions.md says, week by week.
/// </summary>
public sealed class DatedOrgAnalysisTests : IDisposable
{
    private readonly DatedOrgFixture _org = new();

    public void Dispose() => _org.Dispose();

    private JsonNode Analyze(params string[] more)
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--format", "json", .. more]);
        result.ExitCode.ShouldBe(0, result.Stderr);
        return JsonNode.Parse(result.Stdout)!;
    }

    private static JsonNode Manager(JsonNode report, string id) => report["managers"]!.AsArray().Single(m => (string)m!["id"]! == id)!;

    private static List<T> Weeks<T>(JsonNode manager, string field) => [.. manager["weeks"]!.AsArray().Select(w => w![field]!.GetValue<T>())];

    [Fact]
    public void Every_manager_who_had_a_report_on_some_day_is_listed_with_direct_reports_of_the_last_day()
    {
        var report = Analyze();

        report["managers"]!.AsArray().Select(m => (string)m!["id"]!).Order().ShouldBe(["lead", "maria", "nils"]);
        ((int)Manager(report, "maria")["directReports"]!).ShouldBe(0);
        ((int)Manager(report, "nils")["directReports"]!).ShouldBe(4);
        ((int)Manager(report, "lead")["directReports"]!).ShouldBe(2);
        ((string)Manager(report, "maria")["observedRole"]!).ShouldBe("ic");
    }

    [Fact]
    public void Totals_follow_the_definitions_and_one_on_ones_follow_the_reporting_line_of_their_day()
    {
        var report = Analyze();
        var maria = Manager(report, "maria");
        var nils = Manager(report, "nils");

        // 25 weekdays; Maria codes 3.5 h + 0.5 h; her Tuesday meeting with Ann is a one-on-one only before the move
        ((double)maria["workingHours"]!).ShouldBe(200);
        ((double)maria["codingHours"]!).ShouldBe(4);
        ((double)maria["meetingHours"]!).ShouldBe(4);
        ((double)maria["oneOnOneHours"]!).ShouldBe(1.6);
        ((double)maria["codingShare"]!).ShouldBe(0.02);

        // Nils's Wednesday meeting with Ann becomes a one-on-one from the Monday of the move: three of five
        ((double)nils["meetingHours"]!).ShouldBe(5);
        ((double)nils["oneOnOneHours"]!).ShouldBe(3);
        ((double)nils["codingHours"]!).ShouldBe(0);
    }

    [Fact]
    public void Coverage_is_over_the_direct_reports_of_the_last_day()
    {
        var report = Analyze();
        var nils = Manager(report, "nils");

        ((double)nils["oneOnOneCoverage"]!).ShouldBe(0.25);
        nils["reportsWithoutOneOnOne"]!.AsArray().Select(n => (string)n!).ShouldBe(["Bo Birch", "Cy Cedar", "Dee Dale"]);
        Manager(report, "maria")["oneOnOneCoverage"].ShouldBeNull();
        ((double)Manager(report, "lead")["oneOnOneCoverage"]!).ShouldBe(0);
    }

    [Fact]
    public void Weeks_give_each_mondays_week_with_direct_reports_on_its_last_day_and_add_up_to_the_totals()
    {
        var report = Analyze();
        var maria = Manager(report, "maria");
        var nils = Manager(report, "nils");

        Weeks<string>(maria, "week").ShouldBe(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]);
        Weeks<int>(maria, "days").ShouldBe([7, 7, 7, 7, 7]);
        Weeks<double>(maria, "workingHours").ShouldBe([40, 40, 40, 40, 40]);
        Weeks<double>(maria, "codingHours").ShouldBe([3.5, 0, 0, 0.5, 0]);
        Weeks<double>(maria, "meetingHours").ShouldBe([0.8, 0.8, 0.8, 0.8, 0.8]);
        Weeks<double>(maria, "oneOnOneHours").ShouldBe([0.8, 0.8, 0, 0, 0]);
        Weeks<int>(maria, "directReports").ShouldBe([3, 3, 1, 1, 0]);
        Weeks<double>(nils, "oneOnOneHours").ShouldBe([0, 0, 1, 1, 1]);
        Weeks<int>(nils, "directReports").ShouldBe([1, 1, 2, 2, 4]);
        maria["weeks"]![0]!["reviewHours"].ShouldBeNull();
        foreach (var m in report["managers"]!.AsArray())
        {
            foreach (var field in new[] { "workingHours", "codingHours", "meetingHours", "oneOnOneHours" })
            {
                Weeks<double>(m!, field).Sum().ShouldBe((double)m![field]!, 1e-9, $"{m["id"]} {field}");
            }
        }
    }

    [Fact]
    public void Line_changes_name_the_days_a_managers_reporting_line_changed()
    {
        var report = Analyze();

        Manager(report, "maria")["lineChanges"]!.AsArray().Select(d => (string)d!).ShouldBe(["2026-03-16", "2026-03-30"]);
        Manager(report, "nils")["lineChanges"]!.AsArray().Select(d => (string)d!).ShouldBe(["2026-03-16", "2026-03-30"]);
        Manager(report, "lead").AsObject().ContainsKey("lineChanges").ShouldBeFalse();
    }

    [Fact]
    public void Under_restricts_managers_and_summary_to_the_subtree_on_the_last_day()
    {
        var nils = Analyze("--under", "nils");
        var maria = Analyze("--under", "maria");

        nils["managers"]!.AsArray().Select(m => (string)m!["id"]!).ShouldBe(["nils"]);
        ((int)nils["summary"]!["people"]!).ShouldBe(5);
        ((int)nils["summary"]!["managers"]!).ShouldBe(1);
        ((string)nils["inputs"]!["under"]!).ShouldBe("nils");
        maria["managers"]!.AsArray().Select(m => (string)m!["id"]!).ShouldBe(["maria"]);
        ((int)maria["summary"]!["people"]!).ShouldBe(1);
        Manager(nils, "nils")["oneOnOneHours"]!.GetValue<double>().ShouldBe(3);
    }

    [Fact]
    public void Under_a_person_who_is_not_in_the_people_file_stops_with_exit_2()
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--under", "nobody"]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().ShouldBe("managerfocus: --under 'nobody': no person has this id in the people file.");
    }

    [Fact]
    public void Compare_to_gives_each_shares_change_against_the_other_period()
    {
        var report = Analyze("--compare-to", "2026-02-02..2026-03-02");
        var change = Manager(report, "maria")["change"]!;

        ((string)report["comparedTo"]!["from"]!).ShouldBe("2026-02-02");
        ((string)report["comparedTo"]!["to"]!).ShouldBe("2026-03-02");
        ((double)change["codingShare"]!).ShouldBe(0.02);
        change["reviewShare"].ShouldBeNull();
        ((double)change["meetingShare"]!).ShouldBe(0.02);
        ((double)change["oneOnOneShare"]!).ShouldBe(0.008);
        ((double)Manager(report, "lead")["change"]!["meetingShare"]!).ShouldBe(0);
    }

    [Fact]
    public void Compare_previous_is_the_period_of_the_same_length_just_before()
    {
        var report = Analyze("--compare-previous");

        ((string)report["comparedTo"]!["from"]!).ShouldBe("2026-01-26");
        ((string)report["comparedTo"]!["to"]!).ShouldBe("2026-03-02");
        ((double)Manager(report, "maria")["change"]!["codingShare"]!).ShouldBe(0.02);
    }

    [Fact]
    public void Without_a_comparison_the_report_has_no_change_and_no_compared_period()
    {
        var report = Analyze();

        report.AsObject().ContainsKey("comparedTo").ShouldBeFalse();
        Manager(report, "maria").AsObject().ContainsKey("change").ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-02-02", "--compare-to '2026-02-02': expected FROM..TO as YYYY-MM-DD..YYYY-MM-DD.")]
    [InlineData("2026-03-02..2026-02-02", "--compare-to '2026-03-02..2026-02-02': TO must be after FROM (TO is exclusive).")]
    public void A_bad_compare_to_stops_with_exit_2(string value, string message)
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--compare-to", value]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().ShouldBe($"managerfocus: {message}");
    }

    [Fact]
    public void The_weekly_csv_has_one_row_per_manager_and_week()
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--format", "csv", "--weekly"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        var lines = result.Stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("id,name,week,days,workingHours,codingHours,reviewHours,meetingHours,oneOnOneHours,directReports,codingShare,reviewShare,meetingShare,oneOnOneShare");
        lines.Count.ShouldBe(1 + (3 * 5));
        lines.ShouldContain("maria,Maria Moss,2026-03-02,7,40,3.5,,0.8,0.8,3,0.088,,0.02,0.02");
        lines.ShouldContain("nils,Nils Nord,2026-03-30,7,40,0,,1,1,4,0,,0.025,0.025");
    }

    [Fact]
    public void Weekly_without_csv_stops_with_exit_2()
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--weekly"]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("--weekly");
    }

    [Fact]
    public void Explain_names_the_manager_in_force_on_the_day_of_each_one_on_one()
    {
        var result = Cli.Run(["explain", "--person", "ann", .. _org.Inputs, "--format", "json"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        var own = JsonNode.Parse(result.Stdout)!["occurrences"]!.AsArray()
            .Where(o => (string)o!["calendar"]! == "ann" && (string)o["kind"]! == "one-on-one")
            .Select(o => ((string)o!["start"]!, (string?)o["manager"]))
            .ToList();
        own.ShouldBe([
            ("2026-03-03T10:00Z", "maria"), ("2026-03-10T10:00Z", "maria"),
            ("2026-03-18T10:00Z", "nils"), ("2026-03-25T10:00Z", "nils"), ("2026-04-01T10:00Z", "nils"),
        ]);
    }

    [Fact]
    public void Explain_in_the_terminal_says_who_was_the_manager_that_day()
    {
        var result = Cli.Run(["explain", "--person", "ann", .. _org.Inputs]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("(manager that day: maria)");
        result.Stdout.ShouldContain("(manager that day: nils)");
    }

    [Fact]
    public void The_terminal_table_shows_a_weekly_coding_trend()
    {
        var result = Cli.Run(["analyze", .. _org.Inputs]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("Coding share by week from 2026-03-02 (full block: 60%)");

        // Maria's 8.8% in the first week is below the cap (30%): a low block; no coding after it.
        result.Stdout.ShouldContain("▂▁▁▁▁");
    }

    [Fact]
    public void The_html_report_draws_a_trend_per_manager_with_the_cap_and_the_reporting_line_changes()
    {
        var result = Cli.Run(["analyze", .. _org.Inputs, "--format", "html"]);

        result.ExitCode.ShouldBe(0, result.Stderr);
        var html = result.Stdout;
        html.ShouldContain("<h2>Weekly trends</h2>");
        foreach (var id in new[] { "lead", "maria", "nils" })
        {
            html.ShouldContain($"<figure class=\"trend\" data-manager=\"{id}\"");
        }

        html.Split("<line class=\"cap\"").Length.ShouldBe(4);
        html.ShouldContain("reporting line changed 2026-03-16");
        html.ShouldContain("reporting line changed 2026-03-30");
    }

    [Theory]
    [InlineData("lead,Lena Lead,lena@corp.com,,2026-13-01", "people-later.csv:2: effective_date '2026-13-01' is not an ISO date (YYYY-MM-DD); every row of a dated people file needs one.")]
    [InlineData("lead,Lena Lead,lena@corp.com,ann,2026-03-16", "people-later.csv:2: reporting cycle lead -> ann -> nils -> lead; one manager_id in the cycle must change.")]
    [InlineData("lead,Lena Lead,lena@corp.com,,2026-03-16\nlead,Lena Again,lena@corp.com,,2026-03-16", "people-later.csv:3: duplicate id 'lead' (first on line 2); ids must be unique.")]
    public void A_bad_snapshot_stops_with_one_line_naming_the_file_and_line_and_exit_2(string firstRow, string message)
    {
        var later = File.ReadAllText(Path.Combine(_org.Root, "people-later.csv")).Split('\n').ToList();
        later[1] = firstRow.Replace("\\n", "\n", StringComparison.Ordinal);
        _org.Write("people-later.csv", string.Join('\n', later));

        var result = Cli.Run(["analyze", .. _org.Inputs]);

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().ShouldBe($"managerfocus: {Path.Combine(_org.Root, message)}");
    }

    [Fact]
    public void A_manager_absent_from_a_snapshot_is_a_warning_naming_the_file_and_line()
    {
        _org.Write("people-later.csv", File.ReadAllText(Path.Combine(_org.Root, "people-later.csv")).Replace("dee,Dee Dale,dee@corp.com,nils,2026-03-30", "dee,Dee Dale,dee@corp.com,zed,2026-03-30"));

        var report = Analyze();

        report["warnings"]!.AsArray().ShouldContain(w => (string)w!["location"]! == Path.Combine(_org.Root, "people-later.csv") + ":14"
            && (string)w["message"]! == "manager_id 'zed' of 'dee' names nobody in the snapshot effective 2026-03-30; 'dee' is treated as a root");
    }

    [Fact]
    public void Check_under_a_manager_lists_only_that_subtrees_broken_rules()
    {
        var all = Cli.Run(["check", .. _org.Inputs]);
        var under = Cli.Run(["check", .. _org.Inputs, "--under", "nils"]);

        all.Stdout.ShouldContain("Lena Lead (lead)");
        under.Stdout.ShouldContain("one-on-ones       Nils Nord (nils)");
        under.Stdout.ShouldNotContain("(lead)");
    }

    [Fact]
    public void Under_with_pseudonyms_names_the_subtree_by_its_pseudonym()
    {
        var report = Analyze("--under", "nils", "--pseudonymize");

        ((string)report["inputs"]!["under"]!).ShouldStartWith("p-");
        report.ToJsonString().ShouldNotContain("Nils");
        ((string)report["managers"]![0]!["id"]!).ShouldBe((string)report["inputs"]!["under"]!);
    }
}
