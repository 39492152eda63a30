using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Git;

/// <summary>Reads every repository named by --git paths, in parallel, into one de-duplicated <see cref="CommitLog"/>.</summary>
public sealed class GitImporter(IdentityIndex identities, MetricSettings settings, WarningLog warnings, string gitExecutable = "git")
{
    internal const string Source = "git";

    /// <summary>Commits in <paramref name="period"/>, or when it is null in the reach of the default period.</summary>
    public CommitLog Import(IReadOnlyList<string> paths, Period? period)
    {
        var repositories = paths.SelectMany(p => RepositoryFinder.Find(p, warnings)).Distinct(StringComparer.Ordinal).ToList();
        if (repositories.Count == 0)
        {
            throw new UserError($"--git {string.Join(", ", paths)}: no git repository found; give a repository or a folder that holds some.");
        }

        var authors = new AuthorTable(identities, new BotFilter(settings.BotAuthorPatterns));
        var window = new CommitWindow(period);
        var reader = new GitLogReader(gitExecutable);
        var read = 0;
        string? firstProblem = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(repositories, parallel, repository =>
        {
            RepositoryChecks.Warn(repository, warnings);
            var result = reader.Read(repository, authors, window);
            Report(repository, result);
            if (result.Succeeded || result.Commits > 0)
            {
                Interlocked.Increment(ref read);
            }
            else
            {
                Interlocked.CompareExchange(ref firstProblem, $"{repository}: {result.Error}", null);
            }
        });

        if (read == 0)
        {
            throw new UserError($"--git: no repository could be read; first: {firstProblem}.");
        }

        return new CommitLog([.. window.Commits], authors, window.Latest);
    }

    private void Report(string repository, GitReadResult result)
    {
        if (result.Error is { } error)
        {
            var kept = result.Commits > 0 ? $"; the {result.Commits} commit(s) read before it are kept" : string.Empty;
            warnings.Add(Source, repository, $"git log failed: {error}{kept}");
        }
        else if (result.Commits == 0)
        {
            warnings.Add(Source, repository, "no commits on any branch, remote branch or tag");
        }

        if (result.BadLines > 0)
        {
            warnings.Add(Source, repository, $"{result.BadLines} line(s) of git log output were not a commit and were skipped");
        }
    }
}
