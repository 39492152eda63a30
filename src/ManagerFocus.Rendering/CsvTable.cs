using System.Globalization;
using CsvHelper;

namespace ManagerFocus.Rendering;

/// <summary>Writes one table (a header and rows of already formatted cells) as RFC 4180 CSV.</summary>
public static class CsvTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var csv = new CsvWriter(writer, CsvReportRenderer.Dialect, leaveOpen: true);
        foreach (var cell in header)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                // A cell a spreadsheet would run as a formula is written as text.
                csv.WriteField(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, CultureInfo.InvariantCulture, out _) ? "'" + cell : cell);
            }

            csv.NextRecord();
        }
    }
}
