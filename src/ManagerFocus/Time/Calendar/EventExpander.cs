using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Time.Calendar;

/// <summary>Turns one event into its occurrences overlapping the period: RRULE, RDATE, EXDATE and overridden instances, in the event's zone.</summary>
internal sealed class EventExpander(EventZones zones, Period period, string path, WarningLog warnings)
{
    private static readonly TimeSpan Margin = TimeSpan.FromDays(2);
    private readonly RecurrenceSet _set = new(zones, path, warnings);

    /// <summary>Rules the fast and the full expander expanded, for the benchmark's report.</summary>
    public int NativeRules => _set.NativeRules;

    public int FallbackRules => _set.FallbackRules;

    /// <summary>
    /// Appends [start, end) in unix seconds for each occurrence overlapping the period: a series without the instances its
    /// overrides replace; an override as its one instance, or with RANGE=THISANDFUTURE as the instances from it on.
    /// </summary>
    public void Expand(CalendarEvent e, List<TimeInterval> output)
    {
        if (e.Master is { } master)
        {
            ExpandOverride(e, master, output);
            return;
        }

        var zone = zones.ZoneOf(e.Start!.Value, zones.Owner, e.Line);
        var replaced = Replaced(e, zone);
        var futures = Futures(e, zone);
        var cut = futures is null ? long.MaxValue : futures[0];
        var length = _set.DurationOf(e, e.Start!.Value, zone, warn: true);
        Fill(e, zone, length, 0);
        foreach (var i in _set.Instances)
        {
            if (i.Start < cut && replaced?.Contains(i.Start) != true)
            {
                Add(i.Start, i.End, output);
            }
        }
    }

    private void ExpandOverride(CalendarEvent e, CalendarEvent master, List<TimeInterval> output)
    {
        var zone = zones.ZoneOf(master.Start!.Value, zones.Owner, master.Line);
        var id = RecurrenceInstant(e, master, zone);
        var ownZone = zones.ZoneOf(e.Start!.Value, zone, e.Line);
        var length = _set.DurationOf(e, e.Start!.Value, ownZone, warn: true);
        if (!e.ThisAndFuture)
        {
            var before = output.Count;
            Fill(e, ownZone, length, 0);
            _set.Instances.ForEach(i => Add(i.Start, i.End, output));
            if (output.Count > before && !Makes(master, zone, id))
            {
                output.RemoveRange(before, output.Count - before);
                WarnOrphan(e);
            }

            return;
        }

        if (!Makes(master, zone, id))
        {
            WarnOrphan(e);
            return;
        }

        // RFC 5545, 3.8.4.4: this instance and every later one move by the same change of start and length.
        var next = long.MaxValue;
        foreach (var future in Futures(master, zone) ?? [])
        {
            if (future > id)
            {
                next = future;
                break;
            }
        }

        var replaced = Replaced(master, zone);
        var masterLength = _set.DurationOf(master, master.Start!.Value, zone, warn: false);
        var shift = zones.ToUnix(e.Start!.Value, zone, e.Line) - id;
        var change = (long)(length.Nominal + length.Exact - masterLength.Nominal - masterLength.Exact).TotalSeconds;
        Fill(master, zone, masterLength, shift);
        foreach (var i in _set.Instances)
        {
            if (i.Start >= id && i.Start < next && replaced?.Contains(i.Start) != true)
            {
                Add(i.Start + shift, i.End + shift + change, output);
            }
        }
    }

    private void WarnOrphan(CalendarEvent e) => warnings.Add(CalendarWarning.Source, $"{path}:{e.Line}",
        "RECURRENCE-ID names no instance its series makes (the series was changed or ended later); this moved instance is dropped, as calendar clients do");

    /// <summary>The instants single-instance overrides replace, or null when there are none.</summary>
    private HashSet<long>? Replaced(CalendarEvent master, TimeZoneInfo zone)
    {
        HashSet<long>? replaced = null;
        foreach (var o in master.Overrides)
        {
            if (!o.ThisAndFuture)
            {
                (replaced ??= []).Add(RecurrenceInstant(o, master, zone));
            }
        }

        return replaced;
    }

    /// <summary>The instants, in order, from which RANGE=THISANDFUTURE overrides take over the series, or null when there are none.</summary>
    private List<long>? Futures(CalendarEvent master, TimeZoneInfo zone)
    {
        List<long>? futures = null;
        foreach (var o in master.Overrides)
        {
            if (o.ThisAndFuture && RecurrenceInstant(o, master, zone) is var id && Makes(master, zone, id))
            {
                (futures ??= []).Add(id);
            }
        }

        futures?.Sort();
        return futures;
    }

    /// <summary>An all-day series is matched by the date written, whatever zone the RECURRENCE-ID names.</summary>
    private long RecurrenceInstant(CalendarEvent o, CalendarEvent master, TimeZoneInfo zone) =>
        master.IsAllDay ? ZoneClock.ToUnix(o.RecurrenceId!.Value.Local.Date, zone) : zones.ToUnix(o.RecurrenceId!.Value, zone, o.Line);

    /// <summary>True when DTSTART, an RRULE or an RDATE of the series makes an instance at <paramref name="instant"/> (EXDATE aside).</summary>
    private bool Makes(CalendarEvent master, TimeZoneInfo zone, long instant)
    {
        if (ZoneClock.ToUnix(master.Start!.Value.Local, zone) == instant)
        {
            return true;
        }

        var at = DateTime.UnixEpoch.AddSeconds(instant);
        _set.Fill(master, zone, (TimeSpan.Zero, TimeSpan.Zero), at - Margin, at + Margin, exclude: false);
        return _set.Instances.Exists(i => i.Start == instant);
    }

    /// <summary>Fills the set's instances near the period moved back by <paramref name="shift"/> seconds.</summary>
    private void Fill(CalendarEvent e, TimeZoneInfo zone, (TimeSpan Nominal, TimeSpan Exact) length, long shift)
    {
        var back = TimeSpan.FromSeconds(shift) + length.Nominal + length.Exact + Margin;
        _set.Fill(e, zone, length, period.Start.UtcDateTime - back, period.End.UtcDateTime + Margin - TimeSpan.FromSeconds(shift), exclude: true);
    }

    private void Add(long start, long end, List<TimeInterval> output)
    {
        end = Math.Max(end, start);
        if (start < period.EndUnix && (end > period.StartUnix || (end == start && start >= period.StartUnix)))
        {
            output.Add(new TimeInterval(start, end));
        }
    }
}
