namespace ManagerFocus.Sources.Reviews;

/// <summary>The fields of one top-level GitHub API object that the import needs; reset for every object.</summary>
internal struct GitHubObject
{
    public const long Missing = long.MinValue;
    public const long Invalid = long.MinValue + 1;

    public bool HasNumber;
    public bool HasHead;
    public bool HasBase;
    public bool HasDiffHunk;
    public bool HasUrl;
    public bool HasPullRequestUrl;
    public long UrlKey;
    public long PullRequestKey;
    public long CreatedUnix;
    public long SubmittedUnix;
    public ReviewState State;
    public string? UnknownState;
    public string? Message;
    public UserField User;
    public int Login;
    public bool Bot;

    /// <summary>The object's own <c>id</c>; 0 when missing.</summary>
    public long Id;

    public static GitHubObject Empty => new() { CreatedUnix = Missing, SubmittedUnix = Missing, Login = -1 };

    /// <summary>Reviews carry pull_request_url and a state or submitted_at; review comments also carry diff_hunk.</summary>
    public readonly bool IsReview => HasPullRequestUrl && (State != ReviewState.Missing || SubmittedUnix != Missing) && !HasDiffHunk;

    public readonly bool IsPullRequest => HasNumber && HasHead && HasBase;

    public readonly bool HasLogin => User == UserField.Present && Login >= 0;
}
