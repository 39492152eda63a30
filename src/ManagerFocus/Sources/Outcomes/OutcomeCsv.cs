using System.Globalization;
using CsvHelper;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Outcomes;

/// <summary>Reads survey.csv and exits.csv (docs/definitions.md, "Inputs") row by row, warning on bad rows; person ids are resolved later.</summary>
public static class OutcomeCsv
{
    public static OutcomeFile<SurveyRecord> ReadSurvey(string path, WarningLog warnings)
    {
        var answers = new List<SurveyRecord>();
        Read(path, "survey", ["person_id", "date", "score"], warnings, (row, person, date, line, where) =>
        {
            var raw = row("score");
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                answers.Add(new SurveyRecord(line, person, date, score));
            }
            else
            {
                warnings.Add("survey", where, $"score '{raw}' is not a whole number from 1 to 5; row skipped");
            }
        });
        return new OutcomeFile<SurveyRecord>(path, answers);
    }

    public static OutcomeFile<ExitRecord> ReadExits(string path, WarningLog warnings)
    {
        var exits = new List<ExitRecord>();
        Read(path, "exits", ["person_id", "date", "voluntary"], warnings, (row, person, date, line, where) =>
        {
            var raw = row("voluntary");
            switch (raw.ToLowerInvariant())
            {
                case "true" or "yes" or "1":
                    exits.Add(new ExitRecord(line, person, date, true));
                    break;
                case "false" or "no" or "0":
                    exits.Add(new ExitRecord(line, person, date, false));
                    break;
                default:
                    warnings.Add("exits", where, $"voluntary '{raw}' is not true or false; row skipped");
                    break;
            }
        });
        return new OutcomeFile<ExitRecord>(path, exits);
    }

    private static void Read(
        string path, string source, string[] required, WarningLog warnings,
        Action<Func<string, string>, string, DateOnly, int, string> accept)
    {
        if (!File.Exists(path))
        {
            throw UserError.MissingFile(path, $"{source} file");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = HeaderCsv.Open(reader);
        var columns = HeaderCsv.Columns(csv)
            ?? throw new UserError($"{path}:1: the {source} file is empty; it needs the header {string.Join(",", required)}.");
        foreach (var column in required.Where(c => !columns.Contains(c)))
        {
            throw UserError.MissingColumn(path, column);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var where = $"{path}:{line}";
            string Field(string name) => HeaderCsv.Field(csv, columns, name) ?? "";

            var id = Field("person_id");
            if (id.Length == 0)
            {
                warnings.Add(source, where, "person_id is empty; row skipped");
                continue;
            }

            if (!DateOnly.TryParseExact(Field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                warnings.Add(source, where, $"date '{Field("date")}' is not an ISO date (YYYY-MM-DD); row skipped");
                continue;
            }

            accept(Field, id, date, line, where);
        }
    }
}
