using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Everything one analysis reads: input paths, the period wanted and the definitions' settings.</summary>
public sealed record AnalysisRequest
{
    public required string PeoplePath { get; init; }

    /// <summary>Every people file given (--people is repeatable); empty means just <see cref="PeoplePath"/>.</summary>
    public IReadOnlyList<string> PeoplePaths { get; init; } = [];
    public IReadOnlyList<string> GitPaths { get; init; } = [];
    public IReadOnlyList<string> CalendarPaths { get; init; } = [];
    public IReadOnlyList<string> ReviewPaths { get; init; } = [];
    public string? SurveyPath { get; init; }
    public string? ExitsPath { get; init; }
    public string? PolicyPath { get; init; }

    /// <summary>The policy in force when no --policy file is given.</summary>
    public PolicySettings Policy { get; init; } = PolicySettings.Default;

    /// <summary>Replace ids and names with stable pseudonyms in every output.</summary>
    public bool Pseudonymize { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public MetricSettings Settings { get; init; } = MetricSettings.Default;

    /// <summary>The workspace the inputs were loaded from (its description, never a password); null for files.</summary>
    public string? Workspace { get; init; }

    /// <summary>True when the inputs are the built-in demo organization.</summary>
    public bool Demo { get; init; }

    /// <summary>Restricts the report to this person's subtree on the period's last day (--under); null for everyone.</summary>
    public string? Under { get; init; }

    /// <summary>The period whose shares each manager's are compared with (--compare-to); null for no comparison.</summary>
    public (DateOnly From, DateOnly To)? CompareTo { get; init; }

    /// <summary>Compare with the period of the same length just before the analysed one (--compare-previous).</summary>
    public bool ComparePrevious { get; init; }

    /// <summary>The people files to read: <see cref="PeoplePaths"/>, or <see cref="PeoplePath"/> alone.</summary>
    public IReadOnlyList<string> AllPeoplePaths => PeoplePaths.Count > 0 ? PeoplePaths : [PeoplePath];

    /// <summary>
    /// Person whose evidence `explain` lists (an id, an email or alias, or an exact name; the analysis turns it into
    /// the id, see <see cref="ExplainedPerson"/>); null for other commands.
    /// </summary>
    public string? ExplainPersonId { get; init; }

    /// <summary>Receives the explained person's calendar occurrences once calendars are read.</summary>
    public Action<IReadOnlyList<ExplainedOccurrence>>? OnExplained { get; init; }

    /// <summary>Receives the explained person's coding sessions once coding hours are added; not called without git input.</summary>
    public Action<IReadOnlyList<ExplainedSession>>? OnExplainedSessions { get; init; }

    /// <summary>Receives the explained person's reviews in the period once review hours are added; not called without review input.</summary>
    public Action<IReadOnlyList<ExplainedReview>>? OnExplainedReviews { get; init; }
}
