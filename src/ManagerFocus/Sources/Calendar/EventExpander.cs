using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Turns one event into its occurrences overlapping the period: RRULE, RDATE, EXDATE and overridden instances, in the event's zone.</summary>
internal sealed class EventExpander(EventZones zones, Period period, string path, WarningLog warnings)
{
    private static readonly TimeSpan Margin = TimeSpan.FromDays(2);
    private readonly List<DateTime> _locals = [];
    private readonly List<TimeInterval> _instances = [];
    private readonly HashSet<long> _seen = [];

    /// <summary>Rules the fast and the full expander expanded, for the benchmark's report.</summary>
    public int NativeRules { get; private set; }

    public int FallbackRules { get; private set; }

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
        var length = DurationOf(e, e.Start!.Value, zone, warn: true);
        Instances(e, zone, length, 0, exclude: true);
        foreach (var i in _instances)
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
        var length = DurationOf(e, e.Start!.Value, ownZone, warn: true);
        if (!e.ThisAndFuture)
        {
            var before = output.Count;
            Instances(e, ownZone, length, 0, exclude: true);
            _instances.ForEach(i => Add(i.Start, i.End, output));
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
        var masterLength = DurationOf(master, master.Start!.Value, zone, warn: false);
        var shift = zones.ToUnix(e.Start!.Value, zone, e.Line) - id;
        var change = (long)(length.Nominal + length.Exact - masterLength.Nominal - masterLength.Exact).TotalSeconds;
        Instances(master, zone, masterLength, shift, exclude: true);
        foreach (var i in _instances)
        {
            if (i.Start >= id && i.Start < next && replaced?.Contains(i.Start) != true)
            {
                Add(i.Start + shift, i.End + shift + change, output);
            }
        }
    }

    private void WarnOrphan(CalendarEvent e) => warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}",
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
        Instances(master, zone, (TimeSpan.Zero, TimeSpan.Zero), 0, exclude: false, (at - Margin, at + Margin));
        return _instances.Exists(i => i.Start == instant);
    }

    /// <summary>
    /// Fills <see cref="_instances"/> with the recurrence set (a set: an RDATE the rule already makes is there once) near the
    /// period moved back by <paramref name="shift"/> seconds, or in <paramref name="window"/>.
    /// </summary>
    private void Instances(
        CalendarEvent e, TimeZoneInfo zone, (TimeSpan Nominal, TimeSpan Exact) length, long shift, bool exclude, (DateTime From, DateTime To)? window = null)
    {
        var first = e.Start!.Value;
        var duration = length.Nominal + length.Exact;
        var back = TimeSpan.FromSeconds(shift);
        var (from, to) = window ?? (period.Start.UtcDateTime - duration - Margin - back, period.End.UtcDateTime + Margin - back);
        _instances.Clear();
        var ruledOut = ExpandSeries(e, first, zone, from, to, exclude);
        HashSet<DateOnly>? excludedDates = null;
        HashSet<long>? excluded = null;
        if (exclude && e.ExDates.Count > 0)
        {
            excludedDates = [.. e.ExDates.Where(x => x.IsDate && !first.IsDate).Select(x => DateOnly.FromDateTime(x.Local))];
            excluded = [.. e.ExDates.Where(x => !x.IsDate || first.IsDate).Select(x => zones.ToUnix(x, zone, e.Line))];
        }

        var set = e.RDates.Count > 0;
        if (set)
        {
            _seen.Clear();
        }

        foreach (var local in _locals)
        {
            var start = ZoneClock.ToUnix(local, zone);
            if (excluded?.Contains(start) == true || excludedDates?.Contains(DateOnly.FromDateTime(local)) == true || ruledOut?.Contains(local) == true)
            {
                continue;
            }

            if (set)
            {
                _seen.Add(start);
            }

            _instances.Add(new TimeInterval(start, ZoneClock.ToUnix(local + length.Nominal, zone) + (long)length.Exact.TotalSeconds));
        }

        foreach (var rdate in e.RDates)
        {
            var start = zones.ToUnix(rdate.Start, zone, e.Line);
            if (excluded?.Contains(start) == true || !_seen.Add(start))
            {
                continue;
            }

            var end = rdate.End is { } rEnd ? zones.ToUnix(rEnd, zone, e.Line) : start + (long)(rdate.Duration ?? duration).TotalSeconds;
            _instances.Add(new TimeInterval(start, end));
        }
    }

    /// <summary>Fills the wall-clock starts of DTSTART and the RRULEs; returns the starts EXRULEs remove, if any.</summary>
    private HashSet<DateTime>? ExpandSeries(CalendarEvent e, IcsTime first, TimeZoneInfo zone, DateTime from, DateTime to, bool exclude)
    {
        _locals.Clear();
        if (e.Rules.Count == 0)
        {
            _locals.Add(first.Local);
            return null;
        }

        if (e.ExRules.Count == 0 || !exclude)
        {
            ExpandRules(e, e.Rules, first, zone, from, to);
            return null;
        }

        ExpandRules(e, e.ExRules, first, zone, from, to);
        HashSet<DateTime> ruledOut = [.. _locals];
        _locals.Clear();
        ExpandRules(e, e.Rules, first, zone, from, to);
        return ruledOut;
    }

    private void Add(long start, long end, List<TimeInterval> output)
    {
        end = Math.Max(end, start);
        if (start < period.EndUnix && (end > period.StartUnix || (end == start && start >= period.StartUnix)))
        {
            output.Add(new TimeInterval(start, end));
        }
    }

    /// <summary>
    /// Length as a wall-clock part and an exact part (RFC 5545, 3.3.6): DURATION's days are wall-clock, its hours exact;
    /// DTEND gives the exact time between the first instance's start and end, as Ical.Net applies it.
    /// </summary>
    private (TimeSpan Nominal, TimeSpan Exact) DurationOf(CalendarEvent e, IcsTime start, TimeZoneInfo zone, bool warn)
    {
        (TimeSpan Nominal, TimeSpan Exact) length;
        if (e.End is { IsDate: true } endDate && start.IsDate)
        {
            length = (endDate.Local - start.Local, TimeSpan.Zero);
        }
        else if (e.End is { } end)
        {
            length = (TimeSpan.Zero, TimeSpan.FromSeconds(zones.ToUnix(end, zone, e.Line) - ZoneClock.ToUnix(start.Local, zone)));
        }
        else if (e.Duration is { } duration)
        {
            length = (TimeSpan.FromDays(duration.Days), duration - TimeSpan.FromDays(duration.Days));
        }
        else
        {
            length = (start.IsDate ? TimeSpan.FromDays(1) : TimeSpan.Zero, TimeSpan.Zero);
        }

        if (length.Nominal + length.Exact < TimeSpan.Zero)
        {
            if (warn)
            {
                warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}", "the event ends before it starts; counted as zero length");
            }

            length = (TimeSpan.Zero, TimeSpan.Zero);
        }

        return length;
    }

    private void ExpandRules(CalendarEvent e, List<RecurrenceRule> rules, IcsTime first, TimeZoneInfo zone, DateTime skipBefore, DateTime endLocal)
    {
        foreach (var rule in rules)
        {
            // A UTC UNTIL is compared in the event's wall-clock time; a DATE UNTIL means its midnight, as in Ical.Net.
            var until = rule.Until is { Kind: IcsTimeKind.Utc } utc
                ? ZoneClock.ToLocal(ZoneClock.ToUnix(utc.Local, TimeZoneInfo.Utc), zone)
                : rule.Until?.Local;
            if (rule.IsSupportedNatively)
            {
                NativeRules++;
                RecurrenceExpander.Expand(rule, first.Local, until, skipBefore, endLocal, _locals);
                continue;
            }

            FallbackRules++;
            // A DATE start has no time of day for BYHOUR, BYMINUTE or BYSECOND to set (libical ignores them too).
            var full = first.IsDate && rule.HasTimeOrYearParts ? rule with { ByHour = [], ByMinute = [], BySecond = [] } : rule;
            if (!FullRecurrenceExpander.Expand(full, first.Local, until, skipBefore, endLocal, _locals))
            {
                warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}",
                    $"RRULE makes more than {FullRecurrenceExpander.MaxInstances} instances before the period ends; the rest are not counted");
            }
        }

        if (rules.Count > 1)
        {
            var distinct = _locals.Distinct().Order().ToList();
            _locals.Clear();
            _locals.AddRange(distinct);
        }
    }
}
