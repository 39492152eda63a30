using System.Globalization;
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
                case "true" or "yes" or "1" or "voluntary":
                    exits.Add(new ExitRecord(line, person, date, true));
                    break;
                case "false" or "no" or "0" or "involuntary":
                    exits.Add(new ExitRecord(line, person, date, false));
                    break;
                default:
                    warnings.Add("exits", where, $"voluntary '{raw}' is not true or false; row skipped");
                    break;
            }
        });
        return new OutcomeFile<ExitRecord>(path, exits);
    }

    /// <summary>The fields of survey.csv and the header names that give them (docs/definitions.md, "Inputs").</summary>
    internal static readonly ColumnSchema SurveySchema = new(
        ("person_id", ["id", "employee_id", "respondent_id", "person"]),
        ("date", ["survey_date", "response_date", "answered_on"]),
        ("score", ["rating", "satisfaction", "engagement_score"]));

    /// <summary>The fields of exits.csv and the header names that give them (docs/definitions.md, "Inputs").</summary>
    internal static readonly ColumnSchema ExitsSchema = new(
        ("person_id", ["id", "employee_id", "person"]),
        ("date", ["exit_date", "termination_date", "leave_date", "end_date", "last_day"]),
        ("voluntary", ["is_voluntary", "voluntary_exit", "exit_type", "termination_type"]));

    private static void Read(
        string path, string source, string[] required, WarningLog warnings,
        Action<Func<string, string>, string, DateOnly, int, string> accept)
    {
        var schema = source == "survey" ? SurveySchema : ExitsSchema;
        using var csv = HeaderCsv.OpenFile(path, $"{source} file", source, warnings);
        if (!csv.ReadHeader(schema, required))
        {
            throw new UserError($"{path}:1: the {source} file is empty; it needs the header {string.Join(",", required)}.");
        }

        while (csv.Read())
        {
            var line = csv.Line;
            var where = $"{path}:{line}";
            string Field(string name) => csv.Field(name) ?? "";

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
