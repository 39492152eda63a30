namespace ManagerFocus.Generator;

/// <summary>What a generator run wrote, counted.</summary>
public sealed record GenerationSummary
{
    public int People { get; init; }
    public int Managers { get; init; }
    public int Repositories { get; init; }

    /// <summary>Commits written, merges included, summed over repositories (a forked commit counts in each).</summary>
    public long Commits { get; init; }

    /// <summary>Commits per repository folder name, as `git rev-list --all --count` reports them.</summary>
    public IReadOnlyDictionary<string, int> CommitsByRepository { get; init; } = new Dictionary<string, int>();
    public int Calendars { get; init; }

    /// <summary>Event instances inside the default period, summed over calendar files.</summary>
    public long Occurrences { get; init; }

    /// <summary>The part of <see cref="Occurrences"/> that docs/definitions.md, "Meeting hours", counts as meetings (timed, busy, not declined, with others).</summary>
    public long MeetingOccurrences { get; init; }
    public int PullRequests { get; init; }
    public int Reviews { get; init; }
    public int SurveyAnswers { get; init; }
    public int Exits { get; init; }
}
