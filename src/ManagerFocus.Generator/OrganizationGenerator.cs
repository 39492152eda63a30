using System.Collections.Concurrent;

namespace ManagerFocus.Generator;

/// <summary>Writes a realistic, deterministic organization as real input files: people, git, calendars, reviews, outcomes.</summary>
public sealed class OrganizationGenerator(GeneratorOptions options)
{
    /// <summary>Called with a short line after each step (for progress on stderr).</summary>
    public Action<string>? Progress { get; init; }

    public GeneratedInputs Generate(string folder)
    {
        if (options.People < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "an organization needs at least one person");
        }

        Directory.CreateDirectory(folder);
        var plan = OrgPlanner.Build(options);
        var people = Path.Combine(folder, "people.csv");
        PeopleCsvWriter.Write(plan, people);
        Progress?.Invoke($"people.csv: {plan.People.Count} people");

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        var sessions = new List<CodingSession>[plan.People.Count];
        Parallel.For(0, sessions.Length, parallel, i => sessions[i] = CommitPlanner.SessionsOf(plan, plan.People[i]));
        var commits = WriteGit(plan, Path.Combine(folder, "git"), sessions, parallel);
        Progress?.Invoke($"git: {plan.Repositories.Count} repositories, {commits.Values.Sum()} commits");

        var (calendars, occurrences, meetings) = CalendarSetWriter.Write(plan, Path.Combine(folder, "calendars"));
        Progress?.Invoke($"calendars: {calendars} files, {occurrences} event occurrences in the period, {meetings} of them meetings");

        var github = Path.Combine(folder, "github");
        Directory.CreateDirectory(github);
        var pulls = new ReviewPlanner(plan).Plan(sessions);
        var json = new GithubJsonWriter(plan);
        var reviews = 0;
        Parallel.For(0, pulls.Length, parallel, r => Interlocked.Add(ref reviews, json.Write(github, r, pulls[r])));
        var pullCount = pulls.Sum(p => p.Count);
        Progress?.Invoke($"github: {pullCount} pull requests, {reviews} reviews");

        var survey = Path.Combine(folder, "survey.csv");
        var exits = Path.Combine(folder, "exits.csv");
        var answers = OutcomesWriter.WriteSurvey(plan, survey);
        var exitCount = OutcomesWriter.WriteExits(plan, exits);
        return new GeneratedInputs
        {
            Folder = folder,
            PeoplePath = people,
            GitPaths = [Path.Combine(folder, "git")],
            CalendarPaths = [Path.Combine(folder, "calendars")],
            ReviewPaths = [github],
            SurveyPath = survey,
            ExitsPath = exits,
            Summary = new GenerationSummary
            {
                People = plan.People.Count,
                Managers = plan.People.Count(p => plan.Reports[p.Index].Count > 0),
                Repositories = plan.Repositories.Count,
                Commits = commits.Values.Sum(c => (long)c),
                CommitsByRepository = commits,
                Calendars = calendars,
                Occurrences = occurrences,
                MeetingOccurrences = meetings,
                PullRequests = pullCount,
                Reviews = reviews,
                SurveyAnswers = answers,
                Exits = exitCount,
            },
        };
    }

    private static Dictionary<string, int> WriteGit(OrgPlan plan, string folder, List<CodingSession>[] sessions, ParallelOptions parallel)
    {
        var histories = GitHistoryPlanner.Plan(plan, sessions);
        var stream = new FastImportWriter(plan, FastImportWriter.Mailmap(plan));
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        // Largest histories first, so the two workers finish together.
        var order = Enumerable.Range(0, histories.Length).OrderByDescending(r => histories[r].Count).ToArray();
        Parallel.ForEach(order, parallel, r =>
        {
            var name = plan.Repositories[r];
            counts[name] = GitRepositoryWriter.Write(Path.Combine(folder, name), stream, histories[r]);
        });
        return counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
    }
}
