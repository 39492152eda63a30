namespace ManagerFocus.Time;

/// <summary>Coding hours (docs/definitions.md, "Coding hours"): commits cut into sessions at gaps over <see cref="MetricSettings.SessionGap"/>, each lasting first to last commit plus <see cref="MetricSettings.SessionLead"/>.</summary>
public static class CodingSessions
{
    /// <summary>
    /// Adds each session of one person's commits inside the ledger's period at the session's first commit; sorts
    /// <paramref name="authorTimes"/> in place. <paramref name="added"/> hears each session's first and last commit time.
    /// </summary>
    public static void Add(TimeLedger ledger, int person, Span<long> authorTimes, MetricSettings settings, Action<long, long>? added = null)
    {
        authorTimes.Sort();
        var gap = (long)settings.SessionGap.TotalSeconds;
        var lead = settings.SessionLead.TotalHours;
        long? first = null;
        long last = 0;
        foreach (var time in authorTimes)
        {
            if (!ledger.Period.Contains(time))
            {
                continue;
            }

            if (first is { } start && time - last > gap)
            {
                ledger.Add(person, Category.Coding, start, ((last - start) / 3600.0) + lead);
                added?.Invoke(start, last);
                first = null;
            }

            first ??= time;
            last = time;
        }

        if (first is { } open)
        {
            ledger.Add(person, Category.Coding, open, ((last - open) / 3600.0) + lead);
            added?.Invoke(open, last);
        }
    }
}
