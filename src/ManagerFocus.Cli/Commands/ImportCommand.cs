using System.CommandLine;
using System.Diagnostics;
using ManagerFocus.Cli.Workspaces;
using ManagerFocus.Diagnostics;
using ManagerFocus.Storage;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus import`: adds what is new in the inputs to a workspace that keeps history.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = new WorkspaceOption();
        var inputs = new InputOptions();
        var command = new Command("import", """
            Store the inputs in a workspace, so any period can be analysed later (analyze --workspace W --from ... --to ...).
            Importing again adds only what is new: git commits not stored yet, files whose content changed (replaced whole).
            Nothing else than times, people and classifications is stored: no titles, descriptions, locations, messages or code.

            Examples:
              managerfocus import --workspace org.db --people people.csv --git ~/src --calendar calendars/ --reviews github/
              managerfocus import --workspace "postgres://mf:secret@db.internal/managerfocus" --people people.csv
            """);
        command.Options.Add(workspace.Option);
        foreach (var option in new Option[] { inputs.People, inputs.Git, inputs.Calendar, inputs.Reviews, inputs.Survey, inputs.Exits })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => context.Guard(() =>
        {
            var location = workspace.Value(parsed)
                ?? throw new UserError($"import needs a workspace: give --workspace FILE (or a PostgreSQL connection string), or set {WorkspaceOption.Variable}.");
            if (inputs.NoneGiven(parsed))
            {
                throw new UserError("nothing to import: give --people, --git, --calendar, --reviews, --survey or --exits.");
            }

            var watch = Stopwatch.StartNew();
            using var store = Workspace.Open(location);
            using var import = store.BeginImport();
            var importer = new WorkspaceImporter(import);
            if (parsed.GetValue(inputs.People) is { Length: > 0 } people)
            {
                importer.People(people);
            }

            if (parsed.GetValue(inputs.Git) is { Length: > 0 } git)
            {
                importer.Git(git);
            }

            if (parsed.GetValue(inputs.Reviews) is { Length: > 0 } reviews)
            {
                importer.Reviews(reviews);
            }

            if (parsed.GetValue(inputs.Calendar) is { Length: > 0 } calendars)
            {
                importer.Calendars(calendars);
            }

            if (parsed.GetValue(inputs.Survey) is { } survey)
            {
                importer.Survey(survey);
            }

            if (parsed.GetValue(inputs.Exits) is { } exits)
            {
                importer.Exits(exits);
            }

            import.Commit();
            foreach (var summary in importer.Summaries)
            {
                context.Out.WriteLine(summary);
            }

            context.Error.WriteLine($"Imported into {store.Description} in {watch.Elapsed.TotalSeconds:0.0} s.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
