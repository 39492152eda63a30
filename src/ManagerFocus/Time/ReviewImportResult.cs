namespace ManagerFocus.Time;

/// <summary>The linked review activity of one run, with what the rest of the pipeline needs to know about it.</summary>
internal sealed record ReviewImportResult
{
    public required ReviewActivity Activity { get; init; }

    /// <summary>Latest pull-request creation or review submission, in unix seconds; null when none was read.</summary>
    public long? LatestActivityUnix { get; init; }

    /// <summary>Pull requests read, in every export (one exported twice counts twice).</summary>
    public int PullRequestObjects { get; init; }

    /// <summary>Counting reviews by people read, in every export.</summary>
    public int ReviewObjects { get; init; }

    /// <summary>Logins that matched nobody, with the pull requests they opened and the reviews they submitted in a period.</summary>
    public required Func<Period, IReadOnlyList<(string Login, int Count)>> Unattributed { get; init; }

    /// <summary>A linked pull request's repository and number, by its index in <see cref="ReviewActivity.PullRequests"/>.</summary>
    public Func<int, (string Repository, int Number)> PullRequestName { get; init; } = _ => ("", 0);

    /// <summary>Reviews submitted in a period, and how many of them by logins that matched nobody.</summary>
    public Func<Period, (int Reviews, int Unattributed)> Attribution { get; init; } = _ => (0, 0);
}
