using System.CommandLine;
using System.CommandLine.Help;
using ManagerFocus.Cli.Commands;

namespace ManagerFocus.Cli;

/// <summary>The `managerfocus` command tree; tests call <see cref="Run"/> with their own writers.</summary>
internal static class App
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        // Everything said on stderr (errors, warnings, paths) goes through one filter, so no input text can steer the terminal.
        stderr = new SafeTextWriter(stderr);
        var context = new CliContext(stdout, stderr, clock ?? TimeProvider.System);
        // A named root, so help shows the tool's command name rather than the assembly's.
        var root = new Command("managerfocus", "ManagerFocus: are your managers managing or coding? Reads an org chart, git histories, "
            + "GitHub reviews and calendars, and reports per manager.")
        {
            new HelpOption(),
            new VersionOption(),
            AnalyzeCommand.Create(context),
            CheckCommand.Create(context),
            PolicyCommand.Create(context),
            GenerateCommand.Create(context),
            ExplainCommand.Create(context),
            ImportCommand.Create(context),
            ServeCommand.Create(context),
            TokenCommand.Create(context),
        };

        // Without a command, show what the tool can do rather than an error.
        args = args.Length == 0 ? ["--help"] : args;
        // The command is known even from arguments with errors; its fixed-list values are then matched in any case.
        var (normalized, wrongValue) = Suggestions.NormalizeChoices(root.Parse(args).CommandResult.Command, args);
        if (wrongValue is not null)
        {
            stderr.WriteLine($"managerfocus: {wrongValue}");
            return ExitCodes.UnusableInput;
        }

        var parsed = root.Parse(normalized);
        if (parsed.Errors.Count > 0)
        {
            // A typo of an option or a command: one line naming the nearest, rather than the parser's list of errors.
            if (Suggestions.ForUnmatched(parsed) is { } nearest)
            {
                stderr.WriteLine($"managerfocus: {nearest}");
                return ExitCodes.UnusableInput;
            }

            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"managerfocus: {error.Message}");
            }

            stderr.WriteLine("Run 'managerfocus --help' for usage.");
            return ExitCodes.UnusableInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
