using System.Globalization;
using CsvHelper;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.People;

/// <summary>Reads people.csv (docs/definitions.md, "Inputs") into its rows; the organization is built from them later.</summary>
public static class PeopleCsvReader
{
    public const string Source = "people";

    private static readonly string[] KnownColumns =
        ["id", "name", "email", "manager_id", "title", "team", "level", "track", "aliases", "start_date", "end_date", "timezone", "effective_date"];

    public static PeopleFile Read(string path, WarningLog warnings)
    {
        if (Directory.Exists(path))
        {
            throw UserError.Unreadable(path, "it is a folder; give the people CSV file");
        }

        if (!File.Exists(path))
        {
            throw UserError.MissingFile(path, "people file");
        }

        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Read(reader, path, warnings);
        }
        catch (IOException e)
        {
            throw UserError.Unreadable(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw UserError.Unreadable(path, e.Message);
        }
    }

    public static PeopleFile Read(TextReader text, string path, WarningLog warnings)
    {
        using var csv = HeaderCsv.Open(text);
        var columns = HeaderCsv.Columns(csv)
            ?? throw new UserError($"{path}:1: the people file is empty; it needs a header row with at least id and name.");
        RequireColumns(path, columns);
        foreach (var unknown in columns.Where(c => c.Length > 0 && !KnownColumns.Contains(c)).Distinct())
        {
            warnings.Add(Source, $"{path}:1", $"unknown column '{unknown}' is ignored");
        }

        var rows = new List<PersonRecord>();
        var dated = columns.Contains("effective_date");
        while (csv.Read())
        {
            var row = ReadRow(csv, columns, path, csv.Parser.RawRow, warnings);
            rows.Add(dated ? row with { EffectiveDate = EffectiveDate(csv, columns, path, row.Line) } : row);
        }

        return new PeopleFile(path, rows);
    }

    private static void RequireColumns(string path, string[] columns)
    {
        if (!columns.Contains("id") || !columns.Contains("name"))
        {
            var joined = string.Join(",", columns);
            if (columns.Length == 1 && (joined.Contains(';') || joined.Contains('\t') || joined.Contains('|')))
            {
                var separator = joined.Contains(';') ? "';'" : joined.Contains('\t') ? "tabs" : "'|'";
                throw new UserError($"{path}:1: the file is separated by {separator}, not commas; save it as comma-separated CSV.");
            }

            throw UserError.MissingColumn(path, columns.Contains("id") ? "name" : "id");
        }
    }

    /// <summary>A snapshot's date must parse: a row that belongs to no snapshot cannot be placed in the organization.</summary>
    private static DateOnly EffectiveDate(CsvReader csv, string[] columns, string path, int line)
    {
        var raw = HeaderCsv.Field(csv, columns, "effective_date");
        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : throw new UserError($"{path}:{line}: effective_date '{raw ?? ""}' is not an ISO date (YYYY-MM-DD); every row of a dated people file needs one.");
    }

    private static PersonRecord ReadRow(CsvReader csv, string[] columns, string path, int line, WarningLog warnings)
    {
        string? Field(string name) => HeaderCsv.Field(csv, columns, name);

        DateOnly? Date(string name)
        {
            var raw = Field(name);
            if (raw is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            warnings.Add(Source, $"{path}:{line}", $"{name} '{raw}' is not an ISO date (YYYY-MM-DD); ignored");
            return null;
        }

        var aliases = (Field("aliases") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PersonRecord(
            line, Field("id"), Field("name"), Field("email"), Field("manager_id"), Field("title"), Field("team"),
            Field("level"), Field("track"), aliases, Date("start_date"), Date("end_date"), Field("timezone"));
    }
}
