using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Reporting;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>What the analysis steps of one run hand to the steps after them.</summary>
public sealed class PipelineState(AnalysisRequest request, Organization org, WarningLog warnings)
{
    private readonly Lock _gate = new();
    private readonly List<UnattributedIdentity> _unattributed = [];

    public AnalysisRequest Request => request;

    public Organization Organization => org;

    public WarningLog Warnings => warnings;

    /// <summary>One-on-ones found in calendars; null when no calendar was given.</summary>
    public IReadOnlyCollection<OneOnOneMeeting>? OneOnOnes { get; set; }

    /// <summary>Review-bottleneck figures per manager; null when no review data was given.</summary>
    public Func<Person, Period, ReviewBottleneckFigures?>? ReviewBottleneck { get; set; }

    /// <summary>The repositories read and the commits each gave (docs/definitions.md, "Repositories found"); null without git input.</summary>
    public IReadOnlyList<RepositoryReport>? Repositories { get; set; }

    /// <summary>Identities seen in inputs that matched nobody.</summary>
    public IReadOnlyList<UnattributedIdentity> Unattributed
    {
        get
        {
            lock (_gate)
            {
                return [.. _unattributed];
            }
        }
    }

    public void AddUnattributed(IEnumerable<UnattributedIdentity> identities)
    {
        lock (_gate)
        {
            _unattributed.AddRange(identities);
        }
    }

    /// <summary>Commits of the period and how many are unattributed; null without --git.</summary>
    public AttributionShare? CommitAttribution { get; set; }

    /// <summary>Reviews of the period and how many are by unattributed logins; null without --reviews.</summary>
    public AttributionShare? ReviewAttribution { get; set; }

    /// <summary>Ids of the managers without a calendar file; null when no calendar was given.</summary>
    public IReadOnlyList<string>? ManagersWithoutCalendar { get; set; }

    /// <summary>Calendar occurrences of the explained person in the period, counted or not; null unless explain asked.</summary>
    public IReadOnlyList<ExplainedOccurrence>? ExplainedOccurrences { get; set; }

    /// <summary>The explained person's index, or -1 when no one is explained.</summary>
    public int ExplainedIndex => request.ExplainPersonId is { } id ? org.Find(id)?.Index ?? -1 : -1;
}
