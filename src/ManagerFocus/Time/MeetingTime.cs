namespace ManagerFocus.Time;

/// <summary>Each owner's meeting and one-on-one time as a sorted union of intervals (overlaps once), ready for the ledger.</summary>
internal sealed class MeetingTime(int people)
{
    private readonly Lock _gate = new();
    private readonly TimeInterval[]?[] _meetings = new TimeInterval[]?[people];
    private readonly TimeInterval[]?[] _oneOnOnes = new TimeInterval[]?[people];

    /// <summary>Adds an owner's intervals from one calendar to their union; <paramref name="intervals"/> is sorted in place.</summary>
    public void Add(int owner, Category category, List<TimeInterval> intervals)
    {
        var store = category == Category.OneOnOne ? _oneOnOnes : _meetings;
        var merged = Union(intervals);
        lock (_gate)
        {
            store[owner] = store[owner] is { } existing ? Union([.. existing, .. merged]) : merged;
        }
    }

    /// <summary>The owner's union for a category (empty when they had no such time).</summary>
    public IReadOnlyList<TimeInterval> Of(int owner, Category category) =>
        (category == Category.OneOnOne ? _oneOnOnes : _meetings)[owner] ?? [];

    /// <summary>Marks meeting and one-on-one time as given and adds every owner's union.</summary>
    public void WriteTo(TimeLedger ledger)
    {
        ledger.MarkGiven(Category.Meeting);
        ledger.MarkGiven(Category.OneOnOne);
        for (var owner = 0; owner < _meetings.Length; owner++)
        {
            foreach (var interval in _meetings[owner] ?? [])
            {
                ledger.AddInterval(owner, Category.Meeting, interval.Start, interval.End);
            }

            foreach (var interval in _oneOnOnes[owner] ?? [])
            {
                ledger.AddInterval(owner, Category.OneOnOne, interval.Start, interval.End);
            }
        }
    }

    /// <summary>Sorts and merges overlapping or touching intervals.</summary>
    public static TimeInterval[] Union(List<TimeInterval> intervals)
    {
        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TimeInterval>(intervals.Count);
        foreach (var next in intervals)
        {
            if (merged.Count > 0 && next.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, next.End) };
            }
            else
            {
                merged.Add(next);
            }
        }

        return [.. merged];
    }
}
