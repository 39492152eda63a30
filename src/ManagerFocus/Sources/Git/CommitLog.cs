using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Git;

/// <summary>The de-duplicated non-merge commits that can fall in the period: author and author time only, never messages or code.</summary>
public sealed class CommitLog
{
    private readonly KeptCommit[] _commits;
    private readonly AuthorTable _authors;

    internal CommitLog(KeptCommit[] commits, AuthorTable authors, long? latestAuthorUnix)
    {
        // Sorted by author, then time: each author's commits form one run, ready for the session rule.
        Array.Sort(commits, static (x, y) => x.Author != y.Author ? x.Author.CompareTo(y.Author) : x.AuthorUnix.CompareTo(y.AuthorUnix));
        _commits = commits;
        _authors = authors;
        LatestAuthorUnix = latestAuthorUnix;
    }

    /// <summary>Latest author time of a kept commit that is not a bot's; null when there is none.</summary>
    public long? LatestAuthorUnix { get; }

    public int Count => _commits.Length;

    /// <summary>Adds every person's coding sessions inside the ledger's period.</summary>
    public void AddCoding(TimeLedger ledger, MetricSettings settings)
    {
        var times = new List<long>();
        foreach (var (author, run) in Runs(ledger.Period))
        {
            if (AuthorTable.IsPerson(author))
            {
                times.Clear();
                foreach (var commit in run)
                {
                    times.Add(commit.AuthorUnix);
                }

                CodingSessions.Add(ledger, author, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(times), settings);
            }
        }
    }

    /// <summary>Identities that matched nobody, with their commit counts in the period.</summary>
    public List<UnattributedIdentity> Unattributed(Period period) =>
        [.. Runs(period)
            .Where(r => !AuthorTable.IsPerson(r.Author) && !_authors.IsBot(r.Author))
            .Select(r => new UnattributedIdentity(GitImporter.Source, _authors.IdentityOf(r.Author), r.Commits.Length))];

    /// <summary>Commits by bots in the period and the bots' identities.</summary>
    public (int Commits, List<string> Bots) BotCommits(Period period)
    {
        var bots = Runs(period).Where(r => _authors.IsBot(r.Author)).ToList();
        return (bots.Sum(r => r.Commits.Length), [.. bots.Select(r => _authors.IdentityOf(r.Author))]);
    }

    private IEnumerable<(int Author, KeptCommit[] Commits)> Runs(Period period)
    {
        var start = 0;
        while (start < _commits.Length)
        {
            var end = start;
            while (end < _commits.Length && _commits[end].Author == _commits[start].Author)
            {
                end++;
            }

            var inPeriod = _commits[start..end].Where(c => period.Contains(c.AuthorUnix)).ToArray();
            if (inPeriod.Length > 0)
            {
                yield return (_commits[start].Author, inPeriod);
            }

            start = end;
        }
    }
}
