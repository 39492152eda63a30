using System.Globalization;
using CsvHelper;

namespace ManagerFocus.Rendering.Tests;

// Golden files live in tests/ManagerFocus.Rendering.Tests/Golden/. After an intended change to the output, rewrite them with
// MANAGERFOCUS_UPDATE_GOLDEN=1 dotnet test tests/ManagerFocus.Rendering.Tests --filter ReportRenderer
// and review the diff like code.
public sealed class CsvReportRendererTests
{
    [Fact]
    public void Csv_matches_the_golden_file()
    {
        // Given
        var report = ReportSamples.Full();

        // When
        var csv = Rendered.With(new CsvReportRenderer(), report);

        // Then
        GoldenFile.Verify("report.csv", csv);
    }

    [Fact]
    public void Names_with_quotes_and_commas_read_back_unchanged()
    {
        var csv = Rendered.With(new CsvReportRenderer(), ReportSamples.Full());

        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var names = new List<string>();
        reader.Read();
        reader.ReadHeader();
        while (reader.Read())
        {
            names.Add(reader.GetField("name")!);
        }

        names.Count.ShouldBe(12);
        names.ShouldContain(ReportSamples.EscapedName);
    }
}
