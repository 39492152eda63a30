using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Metrics;

/// <summary>
/// How long the pull requests of a manager's reports (on each pull request's creation day) wait for the manager's first
/// review (docs/definitions.md, "Review bottleneck").
/// </summary>
internal sealed class ReviewBottleneck
{
    private readonly Organization _org;
    private readonly ReviewActivity _activity;
    private readonly int[] _firstByAuthor;
    private readonly int[] _byAuthor;

    public ReviewBottleneck(Organization org, ReviewActivity activity)
    {
        _org = org;
        _activity = activity;

        // Pull requests grouped by author person, so each manager only visits their reports' pull requests.
        var pullRequests = activity.PullRequests;
        _firstByAuthor = new int[org.People.Count + 1];
        foreach (var pr in pullRequests)
        {
            if (pr.Author >= 0)
            {
                _firstByAuthor[pr.Author + 1]++;
            }
        }

        for (var person = 0; person < org.People.Count; person++)
        {
            _firstByAuthor[person + 1] += _firstByAuthor[person];
        }

        _byAuthor = new int[_firstByAuthor[^1]];
        var next = _firstByAuthor[..^1];
        for (var i = 0; i < pullRequests.Length; i++)
        {
            if (pullRequests[i].Author >= 0)
            {
                _byAuthor[next[pullRequests[i].Author]++] = i;
            }
        }
    }

    /// <summary>Null when no report's pull request created in the period was reviewed by the manager.</summary>
    public ReviewBottleneckFigures? For(Person manager, Period period)
    {
        var managerWaits = new List<double>();
        var othersWaits = new List<double>();
        var pending = new List<double>();
        var firsts = new List<(int Reviewer, long Unix)>();
        foreach (var report in _org.ReportsOf(manager))
        {
            foreach (var index in _byAuthor.AsSpan(_firstByAuthor[report.Index], _firstByAuthor[report.Index + 1] - _firstByAuthor[report.Index]))
            {
                var created = _activity.PullRequests[index].CreatedUnix;
                if (!_activity.PullRequests[index].HasCreation || !period.Contains(created))
                {
                    continue;
                }

                // The author's manager on the pull request's creation day (the snapshot in force then).
                if (_org.Snapshots.Count > 1 && _org.ManagerOn(report.Index, Period.DayOf(created)) != manager.Index)
                {
                    continue;
                }

                pending.Clear();
                double? managerWait = null;
                FirstReviews(_activity.ReviewsOf(index), created, firsts);
                foreach (var (reviewer, first) in firsts)
                {
                    var hours = (first - created) / 3600.0;
                    if (reviewer == manager.Index)
                    {
                        managerWait = hours;
                    }
                    else
                    {
                        pending.Add(hours);
                    }
                }

                if (managerWait is { } wait)
                {
                    managerWaits.Add(wait);
                    othersWaits.AddRange(pending);
                }
            }
        }

        return managerWaits.Count == 0 ? null
            : new ReviewBottleneckFigures(Median(managerWaits), othersWaits.Count == 0 ? null : Median(othersWaits), managerWaits.Count);
    }

    /// <summary>Each reviewer's first review at or after creation; reviews come sorted by reviewer, then time.</summary>
    private static void FirstReviews(ReadOnlySpan<SubmittedReview> reviews, long created, List<(int Reviewer, long Unix)> firsts)
    {
        firsts.Clear();
        var last = -1;
        foreach (var review in reviews)
        {
            if (review.Reviewer != last && review.SubmittedUnix >= created)
            {
                firsts.Add((review.Reviewer, review.SubmittedUnix));
                last = review.Reviewer;
            }
        }
    }

    /// <summary>The middle value, or the mean of the two middle values.</summary>
    internal static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
