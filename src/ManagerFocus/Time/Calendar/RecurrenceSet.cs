using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Time.Calendar;

/// <summary>
/// One event's recurrence set (RFC 5545, 3.8.5): DTSTART or its RRULEs, and its RDATEs, less EXDATE and EXRULE, as
/// [start, end) instants in the event's zone. It is a set: an RDATE the rule already makes is there once.
/// </summary>
internal sealed class RecurrenceSet(EventZones zones, string path, WarningLog warnings)
{
    private readonly List<DateTime> _locals = [];
    private readonly List<TimeInterval> _instances = [];
    private readonly HashSet<long> _seen = [];

    /// <summary>The last <see cref="Fill"/>'s instances, rule starts in order, then RDATEs.</summary>
    public List<TimeInterval> Instances => _instances;

    /// <summary>Rules the fast and the full expander expanded, for the benchmark's report.</summary>
    public int NativeRules { get; private set; }

    public int FallbackRules { get; private set; }

    /// <summary>
    /// Fills <see cref="Instances"/> with the set's instances whose rule starts fall in [<paramref name="from"/>,
    /// <paramref name="to"/>) (wall-clock), and every RDATE; without <paramref name="exclude"/>, EXDATE and EXRULE are not applied.
    /// </summary>
    public void Fill(CalendarEvent e, TimeZoneInfo zone, (TimeSpan Nominal, TimeSpan Exact) length, DateTime from, DateTime to, bool exclude)
    {
        var first = e.Start!.Value;
        var duration = length.Nominal + length.Exact;
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

    /// <summary>
    /// Length as a wall-clock part and an exact part (RFC 5545, 3.3.6): DURATION's days are wall-clock, its hours exact;
    /// DTEND gives the exact time between the first instance's start and end, as Ical.Net applies it.
    /// </summary>
    public (TimeSpan Nominal, TimeSpan Exact) DurationOf(CalendarEvent e, IcsTime start, TimeZoneInfo zone, bool warn)
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
                warnings.Add(CalendarWarning.Source, $"{path}:{e.Line}", "the event ends before it starts; counted as zero length");
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
                warnings.Add(CalendarWarning.Source, $"{path}:{e.Line}",
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
