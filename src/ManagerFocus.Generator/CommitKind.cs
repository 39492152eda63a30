namespace ManagerFocus.Generator;

/// <summary>Who a generated commit is written as, and how it enters the history.</summary>
internal enum CommitKind : byte
{
    /// <summary>The person's primary email.</summary>
    Primary,

    /// <summary>The person's second identity (see <see cref="AltIdentity"/>).</summary>
    Alias,

    /// <summary>A commit on a topic branch, merged into main right after.</summary>
    Topic,

    /// <summary>dependabot[bot].</summary>
    Bot,

    /// <summary>An outside contractor the people file does not list.</summary>
    Unknown,

    /// <summary>The repository's first commit.</summary>
    Root,

    /// <summary>The commit that adds the organization's .mailmap.</summary>
    Mailmap,
}
