using System.CommandLine;
using System.Globalization;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus explain --person ID`: every calendar occurrence behind one person's meeting figures, counted or not.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var runner = new AnalysisRunner(inputs, context);
        var person = new Option<string>("--person") { Description = "id of the person to explain (from people.csv)", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("explain", """
            List every calendar occurrence in the period for one person, counted or not: start, end, kind
            (meeting, one-on-one, all-day, cancelled, declined, transparent, solo) and why it was excluded.
            Titles never appear. Takes the same inputs as analyze, so the period is the same.

            Examples:
              managerfocus explain --person p002
              managerfocus explain --person alice --people people.csv --calendar calendars/ --format json
            """);
        runner.AddTo(command);
        command.Options.Add(person);
        command.Options.Add(format);
        command.SetAction(parsed => context.Guard(() =>
        {
            var id = parsed.GetValue(person)!;
            var report = Explain(parsed, runner, id);
            OutputOptions.ToStdout(context, writer =>
            {
                if (parsed.GetValue(format) == "json")
                {
                    ExplainJsonRenderer.Render(report, writer);
                }
                else
                {
                    ExplainTableRenderer.Render(report, writer);
                }
            });

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ExplainReport Explain(ParseResult parsed, AnalysisRunner runner, string id)
    {
        IReadOnlyList<ExplainedOccurrence>? explained = null;
        var (result, warnings) = runner.Run(parsed, request => request with { ExplainPersonId = id, OnExplained = list => explained = list });
        if (!result.Ledger.IsGiven(Category.Meeting))
        {
            throw new UserError("explain lists calendar occurrences: give --calendar PATH (an .ics file or a folder of them), or a workspace that holds calendars.");
        }

        var who = result.Organization.Find(id) ?? throw UserError.InvalidOption("--person", id, "no person has this id in the people file");
        double? Hours(Category c) => result.Ledger.IsGiven(c) ? Rounding.Hours(result.Ledger.Total(who.Index, c)) : null;
        var report = new ExplainReport
        {
            Person = who.Id,
            Name = who.Name,
            Period = new ReportPeriod(result.Period.From, result.Period.To),
            MeetingHours = Hours(Category.Meeting),
            OneOnOneHours = Hours(Category.OneOnOne),
            Occurrences = (explained ?? []).Select(Row).ToList(),
            WarningCount = warnings.Count,
            Warnings = warnings.Kept,
        };
        return result.Request.Pseudonymize ? PseudonymizedOutput.Apply(report, result.Organization.People.Select(p => p.Id)) : report;
    }

    private static ExplainRow Row(ExplainedOccurrence o) => new(
        Iso(o.Start), Iso(o.End), (o.End - o.Start).TotalMinutes, KindName(o.Kind), o.Counted, o.Reason, o.Calendar, o.With, o.Location, o.ManagerInForce);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string KindName(OccurrenceKind kind) => kind switch
    {
        OccurrenceKind.Meeting => "meeting",
        OccurrenceKind.OneOnOne => "one-on-one",
        OccurrenceKind.AllDay => "all-day",
        OccurrenceKind.Cancelled => "cancelled",
        OccurrenceKind.Declined => "declined",
        OccurrenceKind.Transparent => "transparent",
        _ => "solo",
    };
}
