using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Reviews;

/// <summary>What the review files of one run held, in compact records, before pull requests and reviews are linked.</summary>
internal sealed class ReviewImport(WarningLog warnings)
{
    public const string Source = "reviews";

    private readonly List<int> _objectsByLogin = [];

    public WarningLog Warnings => warnings;

    public NameTable Logins { get; } = new();

    public NameTable Repositories { get; } = new();

    public List<string> Files { get; } = [];

    public List<PullRequestRecord> PullRequests { get; } = [];

    /// <summary>Submitted reviews in a counting state (approved, changes requested, commented).</summary>
    public List<ReviewRecord> Reviews { get; } = [];

    /// <summary>Review objects read in any state, bots' included.</summary>
    public int ReviewObjects { get; set; }

    /// <summary>Latest pull-request creation or review submission, in unix seconds.</summary>
    public long? LatestActivityUnix { get; private set; }

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
    }

    public void SawActivity(long unixSeconds)
    {
        if (LatestActivityUnix is not { } latest || unixSeconds > latest)
        {
            LatestActivityUnix = unixSeconds;
        }
    }

    /// <summary>Counts one pull request or review carrying this login, for the unattributed list.</summary>
    public void CountLogin(int login)
    {
        while (_objectsByLogin.Count <= login)
        {
            _objectsByLogin.Add(0);
        }

        _objectsByLogin[login]++;
    }

    public int ObjectsBy(int login) => login < _objectsByLogin.Count ? _objectsByLogin[login] : 0;

    /// <summary>The API URL of a pull-request key, for messages.</summary>
    public string UrlOf(long key)
    {
        var repository = Repositories[(int)(key >> 32)];
        var number = (int)key;
        return number == 0 ? repository : $"{repository}/pulls/{number}";
    }
}
