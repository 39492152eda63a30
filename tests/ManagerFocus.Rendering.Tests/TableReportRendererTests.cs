
namespace ManagerFocus.Rendering.Tests;

// Golden files live in tests/ManagerFocus.Rendering.Tests/Golden/. After an intended change to the output, rewrite them with
// MANAGERFOCUS_UPDATE_GOLDEN=1 dotnet test tests/ManagerFocus.Rendering.Tests --filter ReportRenderer
// and review the diff like code.
public sealed class TableReportRendererTests
{
    [Fact]
    public void Table_without_color_matches_the_golden_file()
    {
        // Given
        var report = ReportSamples.Full();

        // When
        var text = Rendered.With(new TableReportRenderer(color: false), report);

        // Then
        GoldenFile.Verify("report.txt", text);
    }

    [Fact]
    public void Table_without_color_has_no_escape_sequences_and_keeps_markup_characters_as_text()
    {
        var text = Rendered.With(new TableReportRenderer(color: false), ReportSamples.Full());

        text.ShouldNotContain("\u001b[");
        text.ShouldContain(ReportSamples.EscapedName);
    }
}
