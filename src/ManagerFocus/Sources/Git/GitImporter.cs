using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Git;

/// <summary>Reads every repository named by --git paths, in parallel, into one <see cref="RepositoryActivity"/> each.</summary>
public sealed class GitImporter(WarningLog warnings, string gitExecutable = "git")
{
    public const string Source = "git";

    /// <summary>
    /// Every non-merge commit of each repository found, with the tips read up to. <paramref name="knownTips"/> gives,
    /// per repository, the tips an earlier import stopped at: only commits not reachable from them are read.
    /// </summary>
    public IReadOnlyList<RepositoryActivity> Import(IReadOnlyList<string> paths, Func<string, IReadOnlyList<string>?>? knownTips = null)
    {
        var repositories = paths.SelectMany(p => RepositoryFinder.Find(p, warnings)).Distinct(StringComparer.Ordinal).ToList();
        if (repositories.Count == 0)
        {
            throw new UserError($"--git {string.Join(", ", paths)}: no git repository found; give a repository or a folder that holds some.");
        }

        var reader = new GitLogReader(gitExecutable);
        var read = new RepositoryActivity?[repositories.Count];
        var logs = new WarningLog[repositories.Count];
        string? firstProblem = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, repositories.Count, parallel, i =>
        {
            // Each repository's warnings are kept apart and added in order, so reports do not depend on thread timing.
            var repository = repositories[i];
            var log = logs[i] = new WarningLog(int.MaxValue);
            RepositoryChecks.Warn(repository, log);
            var known = knownTips?.Invoke(repository);
            var tips = GitRefFiles.TryRead(repository) ?? reader.Tips(repository) ?? [];
            // Tips where an earlier import stopped mean no new commit: git need not run at all.
            var result = known is { Count: > 0 } && tips.SequenceEqual(known, StringComparer.Ordinal)
                ? new GitReadResult([], 0, null)
                : reader.Read(repository, known);
            Report(repository, result, known is { Count: > 0 }, log);
            if (result.Succeeded || result.Commits.Count > 0)
            {
                read[i] = new RepositoryActivity(repository, result.Commits, result.Succeeded ? tips : []);
            }
            else
            {
                Interlocked.CompareExchange(ref firstProblem, $"{repository}: {result.Error}", null);
            }
        });

        foreach (var warning in logs.SelectMany(l => l.Kept))
        {
            warnings.Add(warning.Source, warning.Location, warning.Message);
        }

        var imported = read.OfType<RepositoryActivity>().ToList();
        return imported.Count > 0 ? imported : throw new UserError($"--git: no repository could be read; first: {firstProblem}.");
    }

    private static void Report(string repository, GitReadResult result, bool incremental, WarningLog warnings)
    {
        if (result.Error is { } error)
        {
            var kept = result.Commits.Count > 0 ? $"; the {result.Commits.Count} commit(s) read before it are kept" : string.Empty;
            warnings.Add(Source, repository, $"git log failed: {error}{kept}");
        }
        else if (result.Commits.Count == 0 && !incremental)
        {
            warnings.Add(Source, repository, "no commits on any branch, remote branch or tag");
        }

        if (result.OutOfRange > 0)
        {
            warnings.Add(Source, repository, $"{result.OutOfRange} commit(s) dated before 1970 or after 8999 were skipped");
        }

        if (result.BadLines > 0)
        {
            warnings.Add(Source, repository, $"{result.BadLines} line(s) of git log output were not a commit and were skipped");
        }
    }
}
