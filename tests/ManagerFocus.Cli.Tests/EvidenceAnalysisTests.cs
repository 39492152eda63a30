using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

public sealed class EvidenceAnalysisTests : IDisposable
{
    private readonly TempFolder _folder = new("mf-evidence-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    [Fact]
    public void Without_coding_data_the_evidence_is_withheld_and_says_why()
    {
        var people = Write("people.csv", "id,name,manager_id\nm,Maria,\na,Ann,m\n");
        var survey = Write("survey.csv", "person_id,date,score\na,2026-02-01,4\n");
        var exits = Write("exits.csv", "person_id,date,voluntary\n");

        var result = Cli.Run("analyze", "--people", people, "--survey", survey, "--exits", exits, "--to", "2026-04-06", "--format", "json");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var satisfaction = json.RootElement.GetProperty("evidence").GetProperty("satisfaction");
        satisfaction.GetProperty("relativeDifference").ValueKind.ShouldBe(JsonValueKind.Null);
        satisfaction.GetProperty("essay").GetDouble().ShouldBe(-0.25);
        satisfaction.GetProperty("withheld").GetString()!.ShouldContain("--git");
        json.RootElement.GetProperty("evidence").GetProperty("turnover").GetProperty("essay").GetDouble().ShouldBe(1.2);
    }

    [Fact]
    public void Without_outcome_files_evidence_is_null()
    {
        var people = Write("people.csv", "id,name,manager_id\nm,Maria,\na,Ann,m\n");

        var result = Cli.Run("analyze", "--people", people, "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
