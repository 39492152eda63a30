using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Turns one event into its occurrences overlapping the period: RRULE, RDATE, EXDATE and overridden instances, in the event's zone.</summary>
internal sealed class EventExpander(EventZones zones, Period period, string path, WarningLog warnings)
{
    private static readonly TimeSpan Margin = TimeSpan.FromDays(2);
    private readonly List<DateTime> _locals = [];

    /// <summary>Native and Ical.Net rule expansions, for the benchmark's report.</summary>
    public int NativeRules { get; private set; }

    public int FallbackRules { get; private set; }

    /// <summary>Appends [start, end) in unix seconds for each occurrence overlapping the period.</summary>
    public void Expand(CalendarEvent e, IReadOnlySet<long>? overridden, List<TimeInterval> output)
    {
        var first = e.Start!.Value;
        var zone = zones.ZoneOf(first, zones.Owner, e.Line);
        var (nominal, exact) = DurationOf(e, first, zone);
        var duration = nominal + exact;
        var ruledOut = ExpandSeries(e, first, zone, duration);
        var excludedDates = e.ExDates.Where(x => x.IsDate && !first.IsDate).Select(x => DateOnly.FromDateTime(x.Local)).ToHashSet();
        var excluded = e.ExDates.Where(x => !x.IsDate || first.IsDate).Select(x => zones.ToUnix(x, zone, e.Line)).ToHashSet();
        foreach (var local in _locals)
        {
            var start = ZoneClock.ToUnix(local, zone);
            if (excluded.Contains(start) || excludedDates.Contains(DateOnly.FromDateTime(local)) || overridden?.Contains(start) == true
                || ruledOut?.Contains(local) == true)
            {
                continue;
            }

            var end = ZoneClock.ToUnix(local + nominal, zone) + (long)exact.TotalSeconds;
            Add(start, end, output);
        }

        foreach (var rdate in e.RDates)
        {
            var start = zones.ToUnix(rdate.Start, zone, e.Line);
            if (excluded.Contains(start) || overridden?.Contains(start) == true)
            {
                continue;
            }

            var end = rdate.End is { } rEnd ? zones.ToUnix(rEnd, zone, e.Line)
                : start + (long)(rdate.Duration ?? duration).TotalSeconds;
            Add(start, end, output);
        }
    }

    /// <summary>Fills the wall-clock starts of DTSTART and the RRULEs; returns the starts EXRULEs remove, if any.</summary>
    private HashSet<DateTime>? ExpandSeries(CalendarEvent e, IcsTime first, TimeZoneInfo zone, TimeSpan duration)
    {
        _locals.Clear();
        if (e.Rules.Count == 0)
        {
            _locals.Add(first.Local);
            return null;
        }

        if (e.ExRules.Count == 0)
        {
            ExpandRules(e, e.Rules, first, zone, duration);
            return null;
        }

        ExpandRules(e, e.ExRules, first, zone, duration);
        HashSet<DateTime> ruledOut = [.. _locals];
        _locals.Clear();
        ExpandRules(e, e.Rules, first, zone, duration);
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
    private (TimeSpan Nominal, TimeSpan Exact) DurationOf(CalendarEvent e, IcsTime start, TimeZoneInfo zone)
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
            warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}", "the event ends before it starts; counted as zero length");
            length = (TimeSpan.Zero, TimeSpan.Zero);
        }

        return length;
    }

    private void ExpandRules(CalendarEvent e, List<RecurrenceRule> rules, IcsTime first, TimeZoneInfo zone, TimeSpan duration)
    {
        var skipBefore = period.Start.UtcDateTime - duration - Margin;
        var endLocal = period.End.UtcDateTime + Margin;
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
            try
            {
                if (!IcalNetRecurrence.Expand(rule, first.Local, first.IsDate, until, endLocal, _locals))
                {
                    warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}",
                        $"RRULE makes more than {IcalNetRecurrence.MaxInstances} instances before the period ends; the rest are not counted");
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}", $"RRULE '{rule.Text}' cannot be expanded ({ex.Message}); only DTSTART is counted");
                _locals.Add(first.Local);
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
