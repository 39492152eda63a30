using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Time;

/// <summary>The commits of every repository, each hash once and attributed to people: author and author time only, never messages or code.</summary>
public sealed class CommitLog
{
    /// <summary>Source name of git warnings and unattributed identities.</summary>
    public const string Source = "git";

    private readonly KeptCommit[] _commits;
    private readonly AuthorTable _authors;
    private readonly string[] _repositories;

    internal CommitLog(KeptCommit[] commits, AuthorTable authors, long? latestAuthorUnix, string[]? repositories = null)
    {
        _repositories = repositories ?? [];
        // Sorted by author, then time: each author's commits form one run, ready for the session rule.
        Array.Sort(commits, static (x, y) => x.Author != y.Author ? x.Author.CompareTo(y.Author) : x.AuthorUnix.CompareTo(y.AuthorUnix));
        _commits = commits;
        _authors = authors;
        LatestAuthorUnix = latestAuthorUnix;
    }

    /// <summary>
    /// Attributes each distinct author identity once (see <see cref="AuthorTable"/>) and keeps each hash once: a copy
    /// attributed to a person beats one that is not, since different .mailmaps can name one commit differently.
    /// </summary>
    public static CommitLog Attribute(IEnumerable<RepositoryActivity> repositories, IdentityIndex identities, MetricSettings settings)
    {
        var authors = new AuthorTable(identities, new BotFilter(settings.BotAuthorPatterns));
        var codes = new Dictionary<AuthorIdentity, int>();
        // Readers share one instance per identity, so most lookups end here without hashing two strings.
        var codesByInstance = new Dictionary<AuthorIdentity, int>(SameStrings.Instance);
        var all = repositories as IReadOnlyCollection<RepositoryActivity> ?? [.. repositories];
        var kept = new Dictionary<CommitId, KeptCommit>(all.Sum(r => r.Commits.Count));
        long? latest = null;
        var repositoryIndex = -1;
        foreach (var repository in all)
        {
            repositoryIndex++;
            foreach (var commit in repository.Commits)
            {
                if (!codesByInstance.TryGetValue(commit.Author, out var code))
                {
                    if (!codes.TryGetValue(commit.Author, out code))
                    {
                        code = authors.Resolve(commit.Author.Email, commit.Author.Name);
                        codes.Add(commit.Author, code);
                    }

                    codesByInstance.Add(commit.Author, code);
                }

                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(kept, commit.Hash, out var existed);
                if (!existed || (!AuthorTable.IsPerson(slot.Author) && AuthorTable.IsPerson(code)))
                {
                    slot = new KeptCommit(code, repositoryIndex, commit.AuthorUnix);
                }

                if (!authors.IsBot(code) && (latest is not { } l || commit.AuthorUnix > l))
                {
                    latest = commit.AuthorUnix;
                }
            }
        }

        var shared = SharedEmails(codes, authors);
        var commits = kept.Values.ToArray();
        if (shared.Count > 0)
        {
            for (var i = 0; i < commits.Length; i++)
            {
                if (shared.TryGetValue(commits[i].Author, out var person))
                {
                    commits[i] = commits[i] with { Author = person };
                }
            }
        }

        return new CommitLog(commits, authors, latest, [.. all.Select(r => r.Repository)]) { MatchedByEmail = [.. shared.Select(s => (authors.IdentityOf(s.Key), s.Value))] };
    }

    /// <summary>
    /// Identities sharing an email are one identity (docs/definitions.md, "Inputs"): an unattributed spelling whose email
    /// another spelling resolved to one person goes to that person. Returns unattributed code to person.
    /// </summary>
    private static Dictionary<int, int> SharedEmails(Dictionary<AuthorIdentity, int> codes, AuthorTable authors)
    {
        var personByEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (identity, code) in codes)
        {
            if (AuthorTable.IsPerson(code) && !string.IsNullOrWhiteSpace(identity.Email))
            {
                // Two people behind one email: neither is given the other spellings.
                personByEmail[identity.Email] = personByEmail.TryGetValue(identity.Email, out var other) && other != code ? -1 : code;
            }
        }

        var shared = new Dictionary<int, int>();
        foreach (var (identity, code) in codes)
        {
            if (!AuthorTable.IsPerson(code) && !authors.IsBot(code) && !string.IsNullOrWhiteSpace(identity.Email)
                && personByEmail.TryGetValue(identity.Email, out var person) && person >= 0)
            {
                shared[code] = person;
            }
        }

        return shared;
    }

    /// <summary>Identities whose email and name are the very same string instances.</summary>
    private sealed class SameStrings : IEqualityComparer<AuthorIdentity>
    {
        public static readonly SameStrings Instance = new();

        public bool Equals(AuthorIdentity x, AuthorIdentity y) => ReferenceEquals(x.Email, y.Email) && ReferenceEquals(x.Name, y.Name);

        public int GetHashCode(AuthorIdentity identity) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(identity.Email), RuntimeHelpers.GetHashCode(identity.Name));
    }

    /// <summary>Latest author time of a kept commit that is not a bot's; null when there is none.</summary>
    public long? LatestAuthorUnix { get; }

    public int Count => _commits.Length;

    /// <summary>
    /// Adds every person's coding sessions inside the ledger's period; returns the sessions of <paramref name="explain"/>
    /// (a person's index) as they were added, or null when no one is explained.
    /// </summary>
    public IReadOnlyList<ExplainedSession>? AddCoding(TimeLedger ledger, MetricSettings settings, int explain = -1)
    {
        var times = new List<long>();
        List<ExplainedSession>? explained = explain >= 0 ? [] : null;
        foreach (var (author, run) in Runs(ledger.Period))
        {
            if (AuthorTable.IsPerson(author))
            {
                times.Clear();
                foreach (var commit in run)
                {
                    times.Add(commit.AuthorUnix);
                }

                // The explained person's sessions come from the very sessions the ledger receives.
                CodingSessions.Add(ledger, author, CollectionsMarshal.AsSpan(times), settings, author == explain ? Collector(explained!, run, settings) : null);
            }
        }

        return explained;
    }

    /// <summary>Hears the explained person's sessions; made apart so other people's runs allocate no closure.</summary>
    private Action<long, long> Collector(List<ExplainedSession> sessions, KeptCommit[] run, MetricSettings settings) =>
        (first, last) => sessions.Add(Explained(run, first, last, settings));

    /// <summary>A session from its first to its last commit time, with the run's commits between them.</summary>
    private ExplainedSession Explained(KeptCommit[] run, long first, long last, MetricSettings settings) => new()
    {
        FirstCommit = DateTimeOffset.FromUnixTimeSeconds(first),
        LastCommit = DateTimeOffset.FromUnixTimeSeconds(last),
        Hours = ((last - first) / 3600.0) + settings.SessionLead.TotalHours,
        Commits = [.. run.Where(c => c.AuthorUnix >= first && c.AuthorUnix <= last)
            .Select(c => new ExplainedCommit(DateTimeOffset.FromUnixTimeSeconds(c.AuthorUnix), RepositoryName(c.Repository)))],
    };

    /// <summary>A repository's folder name (without the path above it, which can name a person's home folder).</summary>
    private string RepositoryName(int repository)
    {
        var path = repository >= 0 && repository < _repositories.Length ? _repositories[repository] : "";
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        return name.Length > 0 ? name : path;
    }

    /// <summary>Identities that matched nobody, with their commit counts in the period.</summary>
    public List<UnattributedIdentity> Unattributed(Period period) =>
        [.. Runs(period)
            .Where(r => !AuthorTable.IsPerson(r.Author) && !_authors.IsBot(r.Author))
            .Select(r => new UnattributedIdentity(Source, _authors.IdentityOf(r.Author), r.Commits.Length))];

    /// <summary>Identities attributed only because their author name is one person's exact name.</summary>
    public IReadOnlyList<(string Identity, int Person)> MatchedByName => _authors.MatchedByName;

    /// <summary>Identities attributed only because another spelling with the same email was.</summary>
    public IReadOnlyList<(string Identity, int Person)> MatchedByEmail { get; private init; } = [];

    /// <summary>Commits in the period that are not bots', and how many of them no person was found for.</summary>
    public (int Commits, int Unattributed) Attribution(Period period)
    {
        var (all, unattributed) = (0, 0);
        foreach (var (author, run) in Runs(period))
        {
            if (!_authors.IsBot(author))
            {
                all += run.Length;
                unattributed += AuthorTable.IsPerson(author) ? 0 : run.Length;
            }
        }

        return (all, unattributed);
    }

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
