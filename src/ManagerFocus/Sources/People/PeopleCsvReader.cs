using System.Globalization;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.People;

/// <summary>Reads people.csv (docs/definitions.md, "Inputs") into its rows; the organization is built from them later.</summary>
public static class PeopleCsvReader
{
    public const string Source = "people";

    /// <summary>Every field of a people file and the header names of common HR exports that give it (docs/definitions.md, "Inputs").</summary>
    internal static readonly ColumnSchema Schema = new(
        ("id", ["employee_id", "employeeid", "employee_number", "employee_no", "person_id", "emp_id", "worker_id", "staff_id"]),
        ("name", ["full_name", "fullname", "display_name", "employee_name", "legal_name"]),
        ("first_name", ["given_name", "firstname"]),
        ("last_name", ["family_name", "surname", "lastname"]),
        ("email", ["work_email", "email_address", "work_email_address", "e_mail", "mail", "primary_email", "business_email"]),
        ("manager_id", ["managerid", "manager_employee_id", "supervisor_id", "reports_to", "reports_to_id", "line_manager_id", "manager_number"]),
        ("manager_email", ["manager_work_email", "manager_email_address", "supervisor_email", "reports_to_email", "line_manager_email"]),
        ("title", ["job_title", "position", "position_title"]),
        ("team", ["team_name", "department", "dept"]),
        ("level", ["job_level", "grade", "job_grade"]),
        ("track", ["career_track"]),
        ("aliases", ["alias", "git_aliases", "other_emails"]),
        ("start_date", ["hire_date", "date_of_hire", "join_date", "joined"]),
        ("end_date", ["termination_date", "leave_date", "exit_date", "last_day"]),
        ("timezone", ["time_zone", "tz"]),
        ("effective_date", ["as_of", "as_of_date", "snapshot_date"]));

    public static PeopleFile Read(string path, WarningLog warnings)
    {
        using var csv = HeaderCsv.OpenFile(path, "people file", Source, warnings);
        return Read(csv, path, warnings);
    }

    public static PeopleFile Read(TextReader text, string path, WarningLog warnings)
    {
        using var csv = HeaderCsv.Open(text, path, Source, warnings);
        return Read(csv, path, warnings);
    }

    private static PeopleFile Read(HeaderCsv csv, string path, WarningLog warnings)
    {
        if (!csv.ReadHeader(Schema, []))
        {
            throw new UserError($"{path}:1: the people file is empty; it needs a header row with at least id and name.");
        }

        RequireColumns(csv);
        foreach (var unknown in csv.UnknownColumns(Schema))
        {
            warnings.Add(Source, $"{path}:1", $"unknown column '{unknown}' is ignored");
        }

        var rows = new List<PersonRecord>();
        var dated = csv.Has("effective_date");
        while (csv.Read())
        {
            var row = ReadRow(csv, path, warnings);
            rows.Add(dated ? row with { EffectiveDate = EffectiveDate(csv, path) } : row);
        }

        return new PeopleFile(path, rows);
    }

    /// <summary>An id and a name (or a first and a last name) are required; the rest is optional.</summary>
    private static void RequireColumns(HeaderCsv csv)
    {
        if (!csv.Has("id"))
        {
            throw csv.MissingColumn("id", Schema);
        }

        if (!csv.Has("name") && !(csv.Has("first_name") && csv.Has("last_name")))
        {
            throw csv.MissingColumn("name", Schema);
        }
    }

    /// <summary>A snapshot's date must parse: a row that belongs to no snapshot cannot be placed in the organization.</summary>
    private static DateOnly EffectiveDate(HeaderCsv csv, string path)
    {
        var raw = csv.Field("effective_date");
        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : throw new UserError($"{path}:{csv.Line}: effective_date '{SafeText.Clean(raw ?? "")}' is not an ISO date (YYYY-MM-DD); every row of a dated people file needs one.");
    }

    private static PersonRecord ReadRow(HeaderCsv csv, string path, WarningLog warnings)
    {
        var line = csv.Line;

        DateOnly? Date(string name)
        {
            var raw = csv.Field(name);
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

        var name = csv.Field("name");
        if (name is null && (csv.Field("first_name"), csv.Field("last_name")) is var (first, last) && (first ?? last) is not null)
        {
            name = first is null ? last : last is null ? first : $"{first} {last}";
        }

        var aliases = (csv.Field("aliases") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PersonRecord(
            line, csv.Field("id"), name, csv.Field("email"), csv.Field("manager_id"), csv.Field("title"), csv.Field("team"),
            csv.Field("level"), csv.Field("track"), aliases, Date("start_date"), Date("end_date"), csv.Field("timezone"))
        {
            ManagerEmail = csv.Field("manager_email"),
        };
    }
}
