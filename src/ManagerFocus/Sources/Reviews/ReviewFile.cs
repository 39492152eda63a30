using System.Text.Json;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Reviews;

/// <summary>Sorts the objects of one file into pull requests and reviews, and words its warnings.</summary>
internal sealed class ReviewFile(ReviewImport import, int index, string path)
{
    private const int DetailedUnknown = 5;

    private int _ordinal;
    private int _unknown;
    private int _botPullRequests;
    private int _botReviews;
    private string? _botExample;

    public void Add(in GitHubObject item)
    {
        _ordinal++;
        if (item.IsReview)
        {
            AddReview(in item);
        }
        else if (item.IsPullRequest)
        {
            AddPullRequest(in item);
        }
        else
        {
            Unknown(item.HasDiffHunk ? "a review comment, not a review; skipped (export /pulls/{n}/reviews, not /pulls/comments)"
                : item.Message is { } message ? $"a GitHub API error response ('{Shorten(message)}'), not data; skipped: check the export command"
                : "neither a pull request (number, head, base) nor a review (pull_request_url, state); skipped");
        }
    }

    public void NotAnObject(JsonTokenType token)
    {
        _ordinal++;
        Unknown($"a JSON {token} where a pull-request or review object was expected; skipped");
    }

    public void InvalidJson(long line, long offset, string reason)
    {
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var why = cut > 0 ? reason[..cut] : reason;
        import.Warnings.Add(ReviewImport.Source, $"{path}:{line}",
            $"invalid JSON after byte {offset}: {SafeText.Clean(why)} Objects before it were kept; reading resumes at the next array, if any.");
    }

    public void NotUtf8() => Warn(path, "the file is UTF-16, not UTF-8 JSON; skipped. Save it as UTF-8 (gh writes UTF-8; in PowerShell use -Encoding utf8)");

    public void Finish()
    {
        if (_unknown > DetailedUnknown)
        {
            Warn(path, $"{_unknown - DetailedUnknown} more objects of unknown shape skipped");
        }

        if (_botPullRequests + _botReviews > 0)
        {
            var skipped = _botReviews > 0 ? $"{_botReviews} reviews by bots skipped" : null;
            var kept = _botPullRequests > 0 ? $"{_botPullRequests} pull requests by bots kept, so people's reviews of them count" : null;
            import.Warnings.Notice(ReviewImport.Source, path, $"bots (such as {_botExample}): {string.Join("; ", new[] { skipped, kept }.OfType<string>())}");
        }
    }

    private void AddPullRequest(in GitHubObject item)
    {
        if (!item.HasUrl)
        {
            Warn(Here, "pull request has no url, so no review can be linked to it; skipped");
            return;
        }

        var url = item.UrlKey;
        var created = item.CreatedUnix;
        if (created is GitHubObject.Missing or GitHubObject.Invalid)
        {
            Warn(Here, $"pull request {import.UrlOf(url)} has {Describe(created)} created_at; kept for review hours, left out of the review bottleneck");
            created = PullRequestRecord.UnknownTime;
        }

        int author;
        if (item.Bot)
        {
            _botPullRequests++;
            _botExample ??= LoginOf(item);
            author = PullRequestRecord.BotAuthor;
        }
        else if (item.HasLogin)
        {
            author = item.Login;
        }
        else
        {
            Note(Here, $"pull request {import.UrlOf(url)} has no user; its reviews are not counted, since a self review cannot be told apart");
            author = PullRequestRecord.NoAuthor;
        }

        import.PullRequests.Add(new PullRequestRecord(url, created, author, index));
    }

    private void AddReview(in GitHubObject item)
    {
        import.ReviewObjects++;
        if (item.Bot)
        {
            _botReviews++;
            _botExample ??= LoginOf(item);
            return;
        }

        var valid = item.SubmittedUnix is not (GitHubObject.Missing or GitHubObject.Invalid);

        if (item.State is ReviewState.Approved or ReviewState.ChangesRequested or ReviewState.Commented)
        {
            AddSubmitted(in item, valid);
        }
        else if (item.State is ReviewState.Missing or ReviewState.Unknown)
        {
            var state = item.State == ReviewState.Missing ? "no state" : $"an unknown state '{item.UnknownState}'";
            Warn(Here, $"review of {import.UrlOf(item.PullRequestKey)} has {state}; skipped");
        }
    }

    /// <summary>A review in a counting state: kept when it has a reviewer and a submission time.</summary>
    private void AddSubmitted(in GitHubObject item, bool valid)
    {
        if (!item.HasLogin)
        {
            Note(Here, $"review of {import.UrlOf(item.PullRequestKey)} has no user; skipped");
        }
        else if (!valid)
        {
            Warn(Here, $"review of {import.UrlOf(item.PullRequestKey)} has {Describe(item.SubmittedUnix)} submitted_at; skipped");
        }
        else
        {
            import.Reviews.Add(new ReviewRecord(item.PullRequestKey, item.SubmittedUnix, item.Login, index, item.Id));
        }
    }

    private string Here => $"{path}#{_ordinal}";

    private string? LoginOf(in GitHubObject item) => item.Login >= 0 ? import.Logins[item.Login] : "a user of type Bot";

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "...";

    private static string Describe(long time) => time == GitHubObject.Missing ? "no" : "an unparsable";

    private void Unknown(string message)
    {
        if (++_unknown <= DetailedUnknown)
        {
            Warn(Here, message);
        }
    }

    private void Warn(string location, string message) => import.Warnings.Add(ReviewImport.Source, location, message);

    /// <summary>
    /// Expected and nothing to fix (docs/definitions.md, "Warnings and notices"): GitHub exports a deleted account as a null
    /// user, so an object without one is a notice, not a warning.
    /// </summary>
    private void Note(string location, string message) => import.Warnings.Notice(ReviewImport.Source, location, message);
}
