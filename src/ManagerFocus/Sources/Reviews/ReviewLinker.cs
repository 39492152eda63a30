using System.Runtime.InteropServices;
using ManagerFocus.Org;

namespace ManagerFocus.Sources.Reviews;

/// <summary>Links each review to its pull request by URL, attributes logins to people and drops self reviews.</summary>
internal sealed class ReviewLinker
{
    private readonly ReviewImport _import;
    private readonly int _people;
    private readonly int[] _personOf;
    private long[] _keys = [];
    private int[] _authorLogins = [];
    private PullRequestActivity[] _pullRequests = [];

    private ReviewLinker(ReviewImport import, Organization org)
    {
        _import = import;
        _people = org.People.Count;
        _personOf = new int[import.Logins.Count];
        for (var login = 0; login < _personOf.Length; login++)
        {
            _personOf[login] = org.Identities.Resolve(import.Logins[login]);
        }
    }

    public static ReviewImportResult Link(ReviewImport import, Organization org)
    {
        var linker = new ReviewLinker(import, org);
        linker.LinkPullRequests();
        var reviews = linker.LinkReviews();
        return new ReviewImportResult
        {
            Activity = new ReviewActivity(linker._people, linker._pullRequests, reviews),
            LatestActivityUnix = import.LatestActivityUnix,
            PullRequestObjects = import.PullRequests.Count,
            ReviewObjects = import.ReviewObjects,
            Unattributed = linker.Unattributed(),
        };
    }

    /// <summary>Sorts pull requests by key, so reviews find theirs by binary search; one exported twice counts once.</summary>
    private void LinkPullRequests()
    {
        var records = CollectionsMarshal.AsSpan(_import.PullRequests);
        records.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var count = 0;
        for (var i = 0; i < records.Length; i++)
        {
            count += i == 0 || records[i].Key != records[i - 1].Key ? 1 : 0;
        }

        (_keys, _authorLogins, _pullRequests) = (new long[count], new int[count], new PullRequestActivity[count]);
        var next = 0;
        for (var i = 0; i < records.Length; i++)
        {
            if (i > 0 && records[i].Key == records[i - 1].Key)
            {
                continue;
            }

            var record = records[i];
            (_keys[next], _authorLogins[next]) = (record.Key, record.AuthorLogin);
            _pullRequests[next++] = new PullRequestActivity(record.AuthorLogin >= 0 ? _personOf[record.AuthorLogin] : -1, record.CreatedUnix);
        }
    }

    /// <summary>The reviews that count, sorted by pull request, reviewer and time; reviews of unknown pull requests are warned per file.</summary>
    private SubmittedReview[] LinkReviews()
    {
        var orphans = new int[_import.Files.Count];
        var example = new long[_import.Files.Count];
        var reviews = new List<SubmittedReview>(_import.Reviews.Count);
        foreach (var review in CollectionsMarshal.AsSpan(_import.Reviews))
        {
            var pr = Array.BinarySearch(_keys, review.PullRequestKey);
            if (pr < 0)
            {
                example[review.File] = orphans[review.File]++ == 0 ? review.PullRequestKey : example[review.File];
                continue;
            }

            // Without its author a pull request's reviews cannot be told apart from self reviews.
            var author = _authorLogins[pr];
            var reviewer = _personOf[review.ReviewerLogin];
            var self = author == review.ReviewerLogin || (reviewer >= 0 && reviewer == _pullRequests[pr].Author);
            if (author != PullRequestRecord.NoAuthor && !self)
            {
                reviews.Add(new SubmittedReview(pr, reviewer >= 0 ? reviewer : _people + review.ReviewerLogin, review.SubmittedUnix));
            }
        }

        WarnOrphans(orphans, example);
        var sorted = reviews.ToArray();
        sorted.AsSpan().Sort(static (a, b) =>
            a.PullRequest != b.PullRequest ? a.PullRequest.CompareTo(b.PullRequest)
            : a.Reviewer != b.Reviewer ? a.Reviewer.CompareTo(b.Reviewer)
            : a.SubmittedUnix.CompareTo(b.SubmittedUnix));
        return sorted;
    }

    private void WarnOrphans(int[] orphans, long[] example)
    {
        for (var file = 0; file < orphans.Length; file++)
        {
            if (orphans[file] > 0)
            {
                _import.Warnings.Add(ReviewImport.Source, _import.Files[file],
                    $"{orphans[file]} review(s) of pull requests that no --reviews file contains (such as {_import.UrlOf(example[file])}); "
                    + "not counted, since their authors are unknown. Export those pull requests too.");
            }
        }
    }

    private List<(string Login, int Count)> Unattributed()
    {
        var unknown = new List<(string, int)>();
        for (var login = 0; login < _personOf.Length; login++)
        {
            if (_personOf[login] < 0 && _import.ObjectsBy(login) > 0)
            {
                unknown.Add((_import.Logins[login], _import.ObjectsBy(login)));
            }
        }

        return unknown;
    }
}
