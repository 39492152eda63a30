using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Reviews;

/// <summary>What the review files of one run held, in compact records, before pull requests and reviews are linked.</summary>
internal sealed class ReviewImport(WarningLog warnings)
{
    public const string Source = "reviews";

    public WarningLog Warnings => warnings;

    public NameTable Logins { get; } = new();

    public NameTable Repositories { get; } = new();

    public List<string> Files { get; } = [];

    /// <summary>Pull requests of the file being read.</summary>
    public List<PullRequestRecord> PullRequests { get; } = [];

    /// <summary>Submitted reviews in a counting state (approved, changes requested, commented) of the file being read.</summary>
    public List<ReviewRecord> Reviews { get; } = [];

    /// <summary>Review objects read in any state, bots' included.</summary>
    public int ReviewObjects { get; set; }

    /// <summary>Each file read, as the activity records it holds.</summary>
    public List<ReviewExport> Exports { get; } = [];

    public void ReadFile(string path)
    {
        var file = new ReviewFile(this, Files.Count, path);
        Files.Add(path);
        try
        {
            // The reader buffers itself, so the stream's own buffer is turned off.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
            new ReviewFileReader(new GitHubObjectParser(Repositories, Logins), file).Read(stream);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            warnings.Add(Source, path, $"cannot be read ({error.Message}); skipped");
        }

        file.Finish();
        Exports.Add(Export(path));
        PullRequests.Clear();
        Reviews.Clear();
    }

    private ReviewExport Export(string path)
    {
        var pullRequests = new List<PullRequest>(PullRequests.Count);
        foreach (var pr in PullRequests)
        {
            pullRequests.Add(new PullRequest(
                Repositories[(int)(pr.Key >> 32)], (int)pr.Key,
                pr.AuthorLogin >= 0 ? Logins[pr.AuthorLogin] : null,
                pr.AuthorLogin == PullRequestRecord.BotAuthor,
                pr.CreatedUnix == PullRequestRecord.UnknownTime ? null : pr.CreatedUnix));
        }

        var reviews = new List<Review>(Reviews.Count);
        foreach (var review in Reviews)
        {
            reviews.Add(new Review(
                Repositories[(int)(review.PullRequestKey >> 32)], (int)review.PullRequestKey, review.Id, Logins[review.ReviewerLogin], review.SubmittedUnix));
        }

        return new ReviewExport(path, pullRequests, reviews);
    }

    /// <summary>The API URL of a pull-request key, for messages.</summary>
    public string UrlOf(long key)
    {
        var repository = Repositories[(int)(key >> 32)];
        var number = (int)key;
        return number == 0 ? repository : $"{repository}/pulls/{number}";
    }
}
