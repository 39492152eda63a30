using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Turns a file's VEVENTs into one revision per event: of copies with one UID and RECURRENCE-ID the newest wins
/// (SEQUENCE, then DTSTAMP, then LAST-MODIFIED, then the later in the file); an override is one instance, whatever
/// rule it still carries; each override is linked to its series and takes what it leaves out from it.
/// </summary>
internal static class EventRevisions
{
    public static List<CalendarEvent> Resolve(List<CalendarEvent> events)
    {
        var newest = new Dictionary<(string Uid, IcsTime? RecurrenceId), CalendarEvent>();
        var duplicates = false;
        foreach (var e in events)
        {
            if (e.Uid is null)
            {
                continue;
            }

            var key = (e.Uid, e.RecurrenceId);
            if (newest.TryGetValue(key, out var seen))
            {
                duplicates = true;
                if (!IsNewer(e, seen))
                {
                    continue;
                }
            }

            newest[key] = e;
        }

        var kept = duplicates ? events.Where(e => e.Uid is null || newest[(e.Uid, e.RecurrenceId)] == e).ToList() : events;
        foreach (var e in kept)
        {
            if (e.RecurrenceId is null || e.Uid is null)
            {
                continue;
            }

            // Several clients write a moved instance with the series' RRULE still on it; it is still one instance.
            e.Rules.Clear();
            e.ExRules.Clear();
            e.RDates.Clear();
            e.ExDates.Clear();
            if (newest.GetValueOrDefault((e.Uid, null)) is { } master)
            {
                e.Master = master;
                master.Overrides.Add(e);
                e.InheritFrom(master);
            }
        }

        return kept;
    }

    /// <summary>True when <paramref name="candidate"/> is a newer revision than <paramref name="seen"/>, or as new and later in the file.</summary>
    private static bool IsNewer(CalendarEvent candidate, CalendarEvent seen)
    {
        var order = candidate.Sequence.CompareTo(seen.Sequence);
        if (order == 0)
        {
            order = Nullable.Compare(candidate.Stamp, seen.Stamp);
        }

        if (order == 0)
        {
            order = Nullable.Compare(candidate.LastModified, seen.LastModified);
        }

        return order >= 0;
    }
}
