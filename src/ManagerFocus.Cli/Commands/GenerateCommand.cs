using System.CommandLine;
using System.Globalization;
using ManagerFocus.Generator;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus generate`: writes a synthetic organization of any size as real input files.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var people = new Option<int>("--people") { Description = "how many people the organization has", Required = true };
        var output = new Option<string>("--out") { Description = "folder to write into (created; must be empty or new)", Required = true };
        var seed = new Option<int>("--seed") { Description = "random seed; the same seed writes the same files", DefaultValueFactory = _ => 42 };
        var end = new Option<string?>("--end") { Description = "day after the last activity, YYYY-MM-DD (default: today)" };
        var command = new Command("generate", """
            Write a synthetic organization: people.csv, git repositories, one .ics calendar per person, GitHub pull-request
            and review JSON, survey.csv and exits.csv. Deterministic for a seed. Used for demos and scale benchmarks.

            Examples:
              managerfocus generate --people 40 --out /tmp/org
              managerfocus generate --people 10000 --out /data/org10k --seed 7 --end 2026-11-02
            """)
        {
            people, output, seed, end,
        };
        command.SetAction(parsed => context.Guard(() =>
        {
            var count = parsed.GetValue(people);
            if (count < 1)
            {
                throw UserError.InvalidOption("--people", count.ToString(CultureInfo.InvariantCulture), "needs at least 1 person");
            }

            if (count > MaxPeople)
            {
                throw UserError.InvalidOption("--people", count.ToString(CultureInfo.InvariantCulture), $"at most {MaxPeople:N0} people are generated");
            }

            var raw = parsed.GetValue(output)!;
            if (raw.Trim().Length == 0)
            {
                throw UserError.InvalidOption("--out", raw, "give a folder to write into");
            }

            var folder = Path.GetFullPath(raw);
            if (InputFiles.Of(folder) is InputFiles.Kind.Regular or InputFiles.Kind.Other)
            {
                throw UserError.InvalidOption("--out", folder, "is a file, not a folder; choose a new or empty folder");
            }

            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                throw UserError.InvalidOption("--out", folder, "the folder is not empty; choose a new or empty folder");
            }

            var options = new GeneratorOptions
            {
                People = count,
                Seed = parsed.GetValue(seed),
                End = EndDay(parsed.GetValue(end), context.Clock),
            };
            var started = context.Clock.GetTimestamp();
            double Seconds() => context.Clock.GetElapsedTime(started).TotalSeconds;
            var generator = new OrganizationGenerator(options) { Progress = line => context.Error.WriteLine($"generate: {line} ({Seconds():0.0} s)") };
            var written = generator.Generate(folder);
            var s = written.Summary;
            context.Error.WriteLine(
                $"Wrote {s.People} people ({s.Managers} managers), {s.Repositories} repositories with {s.Commits} commits, "
                + $"{s.Calendars} calendars with {s.Occurrences} event occurrences in the period ({s.MeetingOccurrences} meetings), {s.PullRequests} pull requests with "
                + $"{s.Reviews} reviews, {s.SurveyAnswers} survey answers and {s.Exits} exits to {folder} in {Seconds():0.0} s.");
            context.Error.WriteLine(
                $"Analyse it: managerfocus analyze --people {written.PeoplePath} --git {written.GitPaths[0]} --calendar {written.CalendarPaths[0]} "
                + $"--reviews {written.ReviewPaths[0]} --survey {written.SurveyPath} --exits {written.ExitsPath}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The most people `generate` writes (docs/definitions.md, "Bounds").</summary>
    public const int MaxPeople = 200_000;

    /// <summary>The range of --end (docs/definitions.md, "Bounds"): generated people joined from 2018 on, and git takes these dates.</summary>
    private static readonly DateOnly EarliestEnd = new(2019, 1, 1);

    private static readonly DateOnly LatestEnd = new(2999, 12, 31);

    private static DateOnly EndDay(string? raw, TimeProvider clock)
    {
        var day = InputOptions.ParseDate("--end", raw) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return day >= EarliestEnd && day <= LatestEnd ? day
            : throw UserError.InvalidOption("--end", $"{day:yyyy-MM-dd}", $"expected a day from {EarliestEnd:yyyy-MM-dd} to {LatestEnd:yyyy-MM-dd}");
    }
}
