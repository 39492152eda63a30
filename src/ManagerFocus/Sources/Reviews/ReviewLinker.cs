using System.Runtime.InteropServices;
using ManagerFocus.Org;

namespace ManagerFocus.Sources.Reviews;

/// <summary>Links each review to its pull request by URL, attributes logins to people and drops self reviews.</summary>
internal static class ReviewLinker
{
    public static ReviewImportResult Link(ReviewImport import, Organization org)
    {
        var people = org.People.Count;
        var personOf = new int[import.Logins.Count];
        for (var login = 0; login < personOf.Length; login++)
        {
            personOf[login] = org.Identities.Resolve(import.Logins[login]);
        }

        var records = CollectionsMarshal.AsSpan(import.PullRequests);
        records.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var keys = new long[records.Length];
        var authors = new int[records.Length];
        var pullRequests = new PullRequestActivity[records.Length];
        var count = 0;
        foreach (var record in records)
        {
            // The same pull request exported twice counts once.
            if (count > 0 && keys[count - 1] == record.Key)
            {
                continue;
            }

            keys[count] = record.Key;
            authors[count] = record.AuthorLogin;
            pullRequests[count++] = new PullRequestActivity(record.AuthorLogin >= 0 ? personOf[record.AuthorLogin] : -1, record.CreatedUnix);
        }

        var orphans = new int[import.Files.Count];
        var orphanExample = new long[import.Files.Count];
        var reviews = new List<SubmittedReview>(import.Reviews.Count);
        foreach (var review in CollectionsMarshal.AsSpan(import.Reviews))
        {
            var pr = Array.BinarySearch(keys, 0, count, review.PullRequestKey);
            if (pr < 0)
            {
                orphanExample[review.File] = orphans[review.File]++ == 0 ? review.PullRequestKey : orphanExample[review.File];
                continue;
            }

            var author = authors[pr];
            var reviewer = personOf[review.ReviewerLogin];
            var self = author == review.ReviewerLogin || (reviewer >= 0 && reviewer == pullRequests[pr].Author);
            if (author == PullRequestRecord.NoAuthor || self)
            {
                continue;
            }

            reviews.Add(new SubmittedReview(pr, reviewer >= 0 ? reviewer : people + review.ReviewerLogin, review.SubmittedUnix));
        }

        WarnOrphans(import, orphans, orphanExample);
        var sorted = reviews.ToArray();
        sorted.AsSpan().Sort(static (a, b) =>
            a.PullRequest != b.PullRequest ? a.PullRequest.CompareTo(b.PullRequest)
            : a.Reviewer != b.Reviewer ? a.Reviewer.CompareTo(b.Reviewer)
            : a.SubmittedUnix.CompareTo(b.SubmittedUnix));
        return new ReviewImportResult
        {
            Activity = new ReviewActivity(people, pullRequests[..count], sorted),
            LatestActivityUnix = import.LatestActivityUnix,
            PullRequestObjects = import.PullRequests.Count,
            ReviewObjects = import.ReviewObjects,
            Unattributed = Unattributed(import, personOf),
        };
    }

    private static void WarnOrphans(ReviewImport import, int[] orphans, long[] example)
    {
        for (var file = 0; file < orphans.Length; file++)
        {
            if (orphans[file] > 0)
            {
                import.Warnings.Add(ReviewImport.Source, import.Files[file],
                    $"{orphans[file]} review(s) of pull requests that no --reviews file contains (such as {import.UrlOf(example[file])}); "
                    + "not counted, since their authors are unknown. Export those pull requests too.");
            }
        }
    }

    private static IReadOnlyList<(string Login, int Count)> Unattributed(ReviewImport import, int[] personOf)
    {
        var unknown = new List<(string, int)>();
        for (var login = 0; login < personOf.Length; login++)
        {
            if (personOf[login] < 0 && import.ObjectsBy(login) > 0)
            {
                unknown.Add((import.Logins[login], import.ObjectsBy(login)));
            }
        }

        return unknown;
    }
}
