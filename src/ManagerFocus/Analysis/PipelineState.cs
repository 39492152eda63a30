using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Reporting;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>What the sources of one run hand to the stages after them; sources may run in parallel.</summary>
public sealed class PipelineState(AnalysisRequest request, Organization org, WarningLog warnings)
{
    private readonly Lock _gate = new();
    private readonly List<Action<TimeLedger>> _ledgerWriters = [];
    private readonly List<UnattributedIdentity> _unattributed = [];

    public AnalysisRequest Request => request;

    public Organization Organization => org;

    public WarningLog Warnings => warnings;

    /// <summary>Latest dated activity (commit, pull request, review) seen, in unix seconds; sets the default period.</summary>
    public long? LatestActivityUnix { get; private set; }

    /// <summary>Each source adds its hours to the ledger once the period is known.</summary>
    public IReadOnlyList<Action<TimeLedger>> LedgerWriters
    {
        get
        {
            lock (_gate)
            {
                return [.. _ledgerWriters];
            }
        }
    }

    /// <summary>One-on-ones found in calendars; null when no calendar was given.</summary>
    public IReadOnlyCollection<OneOnOneMeeting>? OneOnOnes { get; set; }

    /// <summary>Review-bottleneck figures per manager; null when no review data was given.</summary>
    public Func<Person, Period, ReviewBottleneckFigures?>? ReviewBottleneck { get; set; }

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

    public void AddLedgerWriter(Action<TimeLedger> writer)
    {
        lock (_gate)
        {
            _ledgerWriters.Add(writer);
        }
    }

    public void AddUnattributed(IEnumerable<UnattributedIdentity> identities)
    {
        lock (_gate)
        {
            _unattributed.AddRange(identities);
        }
    }

    public void SawActivity(long unixSeconds)
    {
        lock (_gate)
        {
            if (LatestActivityUnix is not { } latest || unixSeconds > latest)
            {
                LatestActivityUnix = unixSeconds;
            }
        }
    }

    /// <summary>Calendar occurrences of the explained person in the period, counted or not; null unless explain asked.</summary>
    public IReadOnlyList<ExplainedOccurrence>? ExplainedOccurrences { get; set; }
}
