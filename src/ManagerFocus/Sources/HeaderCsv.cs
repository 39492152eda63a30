using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ManagerFocus.Sources;

/// <summary>The CSV dialect of every header-driven input: trimmed fields, columns found by name in any case, ragged rows kept.</summary>
internal static class HeaderCsv
{
    private static readonly CsvConfiguration Dialect = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
    };

    public static CsvReader Open(TextReader text) => new(text, Dialect);

    /// <summary>The header's column names, trimmed and lower-case (a byte order mark dropped), or null for an empty file.</summary>
    public static string[]? Columns(CsvReader csv) =>
        csv.Read() && csv.ReadHeader() && csv.HeaderRecord is { Length: > 0 } header
            ? header.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray()
            : null;

    /// <summary>The current row's value of a column, or null when the column or the value is missing or blank.</summary>
    public static string? Field(CsvReader csv, string[] columns, string name)
    {
        var i = Array.IndexOf(columns, name);
        if (i < 0 || i >= csv.Parser.Count)
        {
            return null;
        }

        var value = csv.Parser[i];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
