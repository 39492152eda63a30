namespace ManagerFocus.Sources.Reviews;

/// <summary>A field of a GitHub API object that the import looks at.</summary>
internal enum GitHubField : byte
{
    None,
    Other,
    Url,
    Number,
    Head,
    Base,
    DiffHunk,
    CreatedAt,
    PullRequestUrl,
    SubmittedAt,
    State,
    User,
    Message,
    Login,
    Type,
    Id,
}
