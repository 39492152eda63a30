using System.Globalization;
using CsvHelper;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Sources.Outcomes;

/// <summary>Reads survey.csv and exits.csv (docs/definitions.md, "Inputs") row by row, warning on bad rows.</summary>
public static class OutcomeCsv
{
    public static IReadOnlyList<SurveyAnswer> ReadSurvey(string path, Organization org, WarningLog warnings)
    {
        var answers = new List<SurveyAnswer>();
        Read(path, "survey", ["person_id", "date", "score"], org, warnings, (row, person, date, where) =>
        {
            var raw = row("score");
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                answers.Add(new SurveyAnswer(person, date, score));
            }
            else
            {
                warnings.Add("survey", where, $"score '{raw}' is not a whole number from 1 to 5; row skipped");
            }
        });
        return answers;
    }

    public static IReadOnlyList<Exit> ReadExits(string path, Organization org, WarningLog warnings)
    {
        var exits = new List<Exit>();
        Read(path, "exits", ["person_id", "date", "voluntary"], org, warnings, (row, person, date, where) =>
        {
            var raw = row("voluntary");
            switch (raw.ToLowerInvariant())
            {
                case "true" or "yes" or "1":
                    exits.Add(new Exit(person, date, true));
                    break;
                case "false" or "no" or "0":
                    exits.Add(new Exit(person, date, false));
                    break;
                default:
                    warnings.Add("exits", where, $"voluntary '{raw}' is not true or false; row skipped");
                    break;
            }
        });
        return exits;
    }

    private static void Read(
        string path, string source, string[] required, Organization org, WarningLog warnings,
        Action<Func<string, string>, int, DateOnly, string> accept)
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
            var where = $"{path}:{csv.Parser.RawRow}";
            string Field(string name) => HeaderCsv.Field(csv, columns, name) ?? "";

            var id = Field("person_id");
            if (org.Find(id) is not { } person)
            {
                warnings.Add(source, where, $"person_id '{id}' is not in the people file; row skipped");
                continue;
            }

            if (!DateOnly.TryParseExact(Field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                warnings.Add(source, where, $"date '{Field("date")}' is not an ISO date (YYYY-MM-DD); row skipped");
                continue;
            }

            accept(Field, person.Index, date, where);
        }
    }
}
