using System.Globalization;
using System.Text.Json.Nodes;

namespace ManagerFocus.Web.Tests;

/// <summary>A manager sees exactly their subtree, with the same figures as `analyze --workspace`; organization-wide parts are administrators' only.</summary>
public sealed class ScopeTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_director_sees_exactly_their_subtree_with_the_figures_of_analyze()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);
        var api = JsonNode.Parse(await director.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;
        var from = api["period"]!["from"]!.GetValue<string>();
        var to = api["period"]!["to"]!.GetValue<string>();

        // When
        var (code, stdout, stderr) = Cli.Run("analyze", "--workspace", dashboard.Organization.Workspace, "--from", from, "--to", to, "--format", "json");

        // Then
        code.ShouldBeOneOf([0, 1], stderr);
        var analyzed = JsonNode.Parse(stdout)!["managers"]!.AsArray();
        var subtree = Subtree(Organization.Director, DateOnly.Parse(to, CultureInfo.InvariantCulture).AddDays(-1));
        var expected = new JsonArray([.. analyzed.Where(m => subtree.Contains(m!["id"]!.GetValue<string>())).Select(m => m!.DeepClone())]);
        expected.Count.ShouldBeGreaterThan(1);
        expected.Count.ShouldBeLessThan(analyzed.Count);
        JsonNode.DeepEquals(api["managers"], expected).ShouldBeTrue("the director's managers differ from analyze's rows of their subtree");
    }

    [Fact]
    public async Task The_organization_home_lists_the_same_managers_as_the_api()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);

        // When
        var api = JsonNode.Parse(await director.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!["managers"]!.AsArray();
        var csv = await director.GetStringAsync("/export/managers.csv", TestContext.Current.CancellationToken);
        var home = await director.GetStringAsync("/", TestContext.Current.CancellationToken);

        // Then
        var ids = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Order().ToList();
        ids.ShouldBe(api.Select(m => m!["id"]!.GetValue<string>()).Order().ToList());
        foreach (var id in ids)
        {
            home.ShouldContain($"/managers/{id}?");
        }

        home.ShouldNotContain($"/managers/{Organization.OtherDirector}?");
    }

    [Fact]
    public async Task Organization_wide_parts_are_withheld_from_everyone_but_administrators()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);
        using var admin = dashboard.Client(Role.Admin);

        // When
        var scoped = JsonNode.Parse(await director.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;
        var full = JsonNode.Parse(await admin.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;

        // Then: no organization total a manager could subtract their visible rows from.
        scoped["summary"].ShouldBeNull();
        scoped["evidence"].ShouldBeNull();
        scoped["inputs"].ShouldBeNull();
        scoped["warnings"]!.AsArray().ShouldBeEmpty();
        scoped["scope"]!["withheld"]!.AsArray().Select(w => w!.GetValue<string>()).ShouldBe(["summary", "evidence", "warnings", "inputs"]);
        full["summary"]!["people"]!.GetValue<int>().ShouldBe(80);
        full["evidence"].ShouldNotBeNull();
        full["managers"]!.AsArray().Count.ShouldBeGreaterThan(scoped["managers"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_person_who_manages_nobody_sees_no_manager_row_but_their_own_evidence()
    {
        // Given
        using var person = dashboard.Client(Role.Person);

        // When
        var report = JsonNode.Parse(await person.GetStringAsync("/api/report", TestContext.Current.CancellationToken))!;
        var explain = JsonNode.Parse(await person.GetStringAsync($"/api/explain/{Organization.Report}", TestContext.Current.CancellationToken))!;
        var me = await person.GetStringAsync("/me", TestContext.Current.CancellationToken);

        // Then
        report["managers"]!.AsArray().ShouldBeEmpty();
        explain["person"]!.GetValue<string>().ShouldBe(Organization.Report);
        explain["occurrences"]!.AsArray().ShouldNotBeEmpty();
        me.ShouldContain("What your manager sees about you");
        me.ShouldContain($"/people/{Organization.Report}/explain?");
    }

    [Fact]
    public async Task Viewing_a_manager_adds_a_line_to_the_audit_log_that_the_subject_can_read()
    {
        // Given
        using var director = dashboard.Client(Role.Manager);
        using var admin = dashboard.Client(Role.Admin);
        (await director.GetAsync($"/managers/{Organization.Manager}", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // When
        dashboard.FlushAudit();
        var audit = await admin.GetStringAsync("/export/audit.csv", TestContext.Current.CancellationToken);

        // Then
        audit.Split('\n').ShouldContain(l => l.Contains($"person {Organization.Director} (token", StringComparison.Ordinal)
            && l.Contains($",{Organization.Manager},manager page,", StringComparison.Ordinal));
    }

    /// <summary>The subtree from the people file itself (manager_id, start and end dates), not from the dashboard.</summary>
    private HashSet<string> Subtree(string root, DateOnly day)
    {
        var rows = File.ReadLines(dashboard.Organization.People).Skip(1).Select(ParseCsv).ToList();
        var employed = rows.Where(r => (r[9].Length == 0 || DateOnly.Parse(r[9], CultureInfo.InvariantCulture) <= day)
            && (r[10].Length == 0 || day < DateOnly.Parse(r[10], CultureInfo.InvariantCulture))).ToList();
        var subtree = new HashSet<string> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var r in employed.Where(r => subtree.Contains(r[3]) && !subtree.Contains(r[0])))
            {
                grew = subtree.Add(r[0]);
            }
        }

        return subtree;
    }

    private static string[] ParseCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line.TrimStart('\uFEFF'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
