using System.Text.Json;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

// Golden files live in tests/ManagerFocus.Rendering.Tests/Golden/. After an intended change to the output, rewrite them with
// MANAGERFOCUS_UPDATE_GOLDEN=1 dotnet test tests/ManagerFocus.Rendering.Tests --filter ReportRenderer
// and review the diff like code.
public sealed class JsonReportRendererTests
{
    [Fact]
    public void Json_matches_the_golden_file()
    {
        // Given
        var report = ReportSamples.Full();

        // When
        var json = Rendered.With(new JsonReportRenderer(), report);

        // Then
        GoldenFile.Verify("report.json", json);
    }

    [Fact]
    public void Figures_of_inputs_not_given_are_null_not_zero()
    {
        var json = Rendered.With(new JsonReportRenderer(), ReportSamples.PeopleOnly());

        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("managers")[0];
        first.GetProperty("codingShare").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("oneOnOneCoverage").ValueKind.ShouldBe(JsonValueKind.Null);
        document.RootElement.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Enums_are_written_in_kebab_case_as_the_other_formats_name_them()
    {
        // Given
        var values = new object[] { ObservedRole.CodingManager, SpanTier.Mid, Track.Management, Severity.Error, RecommendationKind.MoveToManagementTrack };

        // When
        var written = values.Select(v => JsonSerializer.Serialize(v, v.GetType(), JsonReportRenderer.Options)).ToList();

        // Then
        written.ShouldBe(["\"coding-manager\"", "\"mid\"", "\"management\"", "\"error\"", "\"move-to-management-track\""]);
        Names.Of(RecommendationKind.MoveToManagementTrack).ShouldBe("move-to-management-track");
    }
}
