using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Time;

/// <summary>Links each review to its pull request across export files, attributes logins to people and drops self reviews.</summary>
internal sealed class ReviewLinker
{
    /// <summary>Source name of review warnings and unattributed logins.</summary>
    public const string Source = "reviews";

    private const int NoAuthor = -1;
    private const int BotAuthor = -2;

    private readonly Organization _org;
    private readonly Dictionary<string, int> _logins = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _loginNames = [];
    private readonly List<int> _personOf = [];
    private readonly List<(int Login, long Unix)> _loginActivity = [];
    private readonly List<(int Login, long Unix)> _reviewActivity = [];
    private readonly Dictionary<string, int> _repositories = new(StringComparer.OrdinalIgnoreCase);

    private ReviewLinker(Organization org)
    {
        _org = org;
    }

    public static ReviewImportResult Link(IReadOnlyList<ReviewExport> exports, Organization org, WarningLog warnings)
    {
        var linker = new ReviewLinker(org);
        var (keys, authorLogins, pullRequests, latest) = linker.LinkPullRequests(exports);
        var (reviews, latestReview) = linker.LinkReviews(exports, keys, authorLogins, pullRequests, warnings);
        return new ReviewImportResult
        {
            Activity = new ReviewActivity(org.People.Count, pullRequests, reviews),
            LatestActivityUnix = latest is { } p && latestReview is { } r ? Math.Max(p, r) : latest ?? latestReview,
            PullRequestObjects = exports.Sum(e => e.PullRequests.Count),
            ReviewObjects = exports.Sum(e => e.Reviews.Count),
            Unattributed = linker.Unattributed,
            PullRequestName = pr => (linker.RepositoryOf(keys[pr]), (int)(uint)keys[pr]),
            Attribution = linker.Attribution,
        };
    }

    /// <summary>The repository of a pull-request key (for explain only, so a scan is enough).</summary>
    private string RepositoryOf(long key) => _repositories.First(r => r.Value == (int)(key >> 32)).Key;

    private long Key(string repository, int number)
    {
        if (!_repositories.TryGetValue(repository, out var id))
        {
            id = _repositories.Count;
            _repositories.Add(repository, id);
        }

        return ((long)id << 32) | (uint)number;
    }

    private int Login(string login)
    {
        if (!_logins.TryGetValue(login, out var id))
        {
            id = _loginNames.Count;
            _logins.Add(login, id);
            _loginNames.Add(login);
            _personOf.Add(_org.Identities.Resolve(login));
        }

        return id;
    }

    /// <summary>Pull requests sorted by key, so reviews find theirs by binary search; one exported twice counts once (the first read).</summary>
    private (long[] Keys, int[] AuthorLogins, PullRequestActivity[] PullRequests, long? Latest) LinkPullRequests(IReadOnlyList<ReviewExport> exports)
    {
        var records = new List<(long Key, int Order, int AuthorLogin, long Created)>();
        long? latest = null;
        foreach (var pr in exports.SelectMany(e => e.PullRequests))
        {
            var author = pr.AuthorIsBot ? BotAuthor : pr.AuthorLogin is { } login ? Login(login) : NoAuthor;
            if (author >= 0 && pr.CreatedUnix is { } when)
            {
                _loginActivity.Add((author, when));
            }

            // Bots' own activity does not move the period; people's reviews of their pull requests do.
            if (!pr.AuthorIsBot && pr.CreatedUnix is { } created && (latest is not { } l || created > l))
            {
                latest = created;
            }

            records.Add((Key(pr.Repository, pr.Number), records.Count, author, pr.CreatedUnix ?? PullRequestActivity.UnknownTime));
        }

        records.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Order.CompareTo(b.Order));
        var distinct = records.Where((r, i) => i == 0 || r.Key != records[i - 1].Key).ToList();
        var keys = new long[distinct.Count];
        var authorLogins = new int[distinct.Count];
        var pullRequests = new PullRequestActivity[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            var (key, _, author, created) = distinct[i];
            (keys[i], authorLogins[i]) = (key, author);
            pullRequests[i] = new PullRequestActivity(author >= 0 ? _personOf[author] : -1, created);
        }

        return (keys, authorLogins, pullRequests, latest);
    }

    /// <summary>The reviews that count, sorted by pull request, reviewer and time; reviews of unknown pull requests are warned per file.</summary>
    private (SubmittedReview[] Reviews, long? Latest) LinkReviews(
        IReadOnlyList<ReviewExport> exports, long[] keys, int[] authorLogins, PullRequestActivity[] pullRequests, WarningLog warnings)
    {
        var people = _org.People.Count;
        var reviews = new List<SubmittedReview>();
        long? latest = null;
        foreach (var export in exports)
        {
            var orphans = 0;
            Review? example = null;
            foreach (var review in export.Reviews)
            {
                var login = Login(review.ReviewerLogin);
                _loginActivity.Add((login, review.SubmittedUnix));
                _reviewActivity.Add((login, review.SubmittedUnix));
                if (latest is not { } l || review.SubmittedUnix > l)
                {
                    latest = review.SubmittedUnix;
                }

                var pr = Array.BinarySearch(keys, Key(review.Repository, review.PullRequest));
                if (pr < 0)
                {
                    example ??= review;
                    orphans++;
                    continue;
                }

                // Without its author a pull request's reviews cannot be told apart from self reviews.
                var author = authorLogins[pr];
                var reviewer = _personOf[login];
                var self = author == login || (reviewer >= 0 && reviewer == pullRequests[pr].Author);
                if (author != NoAuthor && !self)
                {
                    reviews.Add(new SubmittedReview(pr, reviewer >= 0 ? reviewer : people + login, review.SubmittedUnix));
                }
            }

            if (orphans > 0)
            {
                warnings.Add(Source, export.Path,
                    $"{orphans} review(s) of pull requests that no --reviews file contains (such as {example!.Value.Repository}/pulls/{example.Value.PullRequest}); "
                    + "not counted, since their authors are unknown. Export those pull requests too.");
            }
        }

        var sorted = reviews.ToArray();
        sorted.AsSpan().Sort(static (a, b) =>
            a.PullRequest != b.PullRequest ? a.PullRequest.CompareTo(b.PullRequest)
            : a.Reviewer != b.Reviewer ? a.Reviewer.CompareTo(b.Reviewer)
            : a.SubmittedUnix.CompareTo(b.SubmittedUnix));
        return (sorted, latest);
    }

    /// <summary>Reviews submitted in the period, and how many of them by logins that matched nobody.</summary>
    private (int Reviews, int Unattributed) Attribution(Period period)
    {
        var (all, unattributed) = (0, 0);
        foreach (var (login, unix) in _reviewActivity)
        {
            if (period.Contains(unix))
            {
                all++;
                unattributed += _personOf[login] < 0 ? 1 : 0;
            }
        }

        return (all, unattributed);
    }

    /// <summary>Logins that matched nobody, with the pull requests they opened and the reviews they submitted in the period.</summary>
    private List<(string Login, int Count)> Unattributed(Period period)
    {
        var counts = new Dictionary<int, int>();
        foreach (var (login, unix) in _loginActivity)
        {
            if (_personOf[login] < 0 && period.Contains(unix))
            {
                counts[login] = counts.GetValueOrDefault(login) + 1;
            }
        }

        return [.. counts.OrderBy(c => c.Key).Select(c => (_loginNames[c.Key], c.Value))];
    }
}
