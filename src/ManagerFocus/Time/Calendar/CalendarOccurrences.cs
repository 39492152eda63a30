using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Time.Calendar;

/// <summary>Reads one owner's .ics file and classifies every occurrence in the period (docs/definitions.md, "Meeting hours").</summary>
internal sealed class CalendarOccurrences(Organization org, Period period, int explainPerson = -1)
{
    private static readonly Dictionary<OccurrenceKind, string> Reasons = new()
    {
        [OccurrenceKind.AllDay] = "all-day event: not a timed meeting",
        [OccurrenceKind.Cancelled] = "STATUS:CANCELLED",
        [OccurrenceKind.Declined] = "declined by the calendar's owner (PARTSTAT=DECLINED)",
        [OccurrenceKind.Transparent] = "TRANSP:TRANSPARENT: shown as free (focus block or hold)",
        [OccurrenceKind.Solo] = "no attendee other than the owner (rooms and resources do not count)",
    };

    /// <summary>Expands a file's events inside the period and classifies each occurrence for its owner.</summary>
    public CalendarOccurrencesResult Expand(ParsedCalendar parsed, string path, int owner, WarningLog warnings)
    {
        var zones = new EventZones(parsed, EventZones.Floating(parsed, org[owner].TimeZone, path, warnings), path, warnings);
        var expander = new EventExpander(zones, period, path, warnings);
        var classifier = new EventClassifier(org, owner);
        var result = new CalendarOccurrencesResult(owner);
        var intervals = new List<TimeInterval>();
        foreach (var e in parsed.Events)
        {
            intervals.Clear();
            try
            {
                expander.Expand(e, intervals);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Dates at the edge of the calendar (year 1 or 9999) cannot be shifted by a zone or a rule.
                warnings.Add(CalendarWarning.Source, $"{path}:{e.Line}", "the event's dates are out of range after time-zone or rule arithmetic; skipped");
                continue;
            }
            catch (ArgumentException error)
            {
                // A damaged event the runtime's date and zone types reject costs that event only, not the file.
                warnings.Add(CalendarWarning.Source, $"{path}:{e.Line}", $"the event cannot be expanded ({error.GetType().Name}); skipped");
                continue;
            }

            if (intervals.Count > 0)
            {
                var kind = classifier.Classify(e);
                if (kind.Other >= 0)
                {
                    RecordByDay(result, classifier, kind, intervals, $"{path}:{e.Line}");
                }
                else
                {
                    Record(result, kind, intervals, $"{path}:{e.Line}");
                }
            }
        }

        result.NativeRules = expander.NativeRules;
        result.FallbackRules = expander.FallbackRules;
        return result;
    }

    /// <summary>A two-person meeting's occurrences, each classified by the reporting line on its own day.</summary>
    private void RecordByDay(CalendarOccurrencesResult result, EventClassifier classifier, EventClass pair, List<TimeInterval> intervals, string location)
    {
        var runKind = classifier.OnDay(pair, intervals[0].Start);
        if (org.Snapshots.Count == 1)
        {
            Record(result, runKind, intervals, location);
            return;
        }

        var run = new List<TimeInterval>();
        foreach (var interval in intervals)
        {
            var kind = classifier.OnDay(pair, interval.Start);
            if (kind != runKind)
            {
                Record(result, runKind, run, location);
                run.Clear();
                runKind = kind;
            }

            run.Add(interval);
        }

        Record(result, runKind, run, location);
    }

    private void Record(CalendarOccurrencesResult result, EventClass kind, List<TimeInterval> intervals, string location)
    {
        var owner = result.Owner;
        result.Occurrences += intervals.Count;
        if (kind.Counted)
        {
            result.CountedOccurrences += intervals.Count;
            result.Meetings.AddRange(intervals);
        }

        if (kind.Kind == OccurrenceKind.OneOnOne)
        {
            result.OneOnOneTime.AddRange(intervals);
            foreach (var interval in intervals)
            {
                result.OneOnOnes.Add(new OneOnOneMeeting(kind.Manager, kind.Report, interval.Start));
            }
        }

        var other = kind.Manager == owner ? kind.Report : kind.Manager;
        if (explainPerson < 0 || (owner != explainPerson && other != explainPerson))
        {
            return;
        }

        foreach (var interval in intervals)
        {
            result.Explained.Add(new ExplainedOccurrence
            {
                Start = DateTimeOffset.FromUnixTimeSeconds(interval.Start),
                End = DateTimeOffset.FromUnixTimeSeconds(interval.End),
                Kind = kind.Kind,
                Counted = kind.Counted && owner == explainPerson,
                Reason = owner != explainPerson
                    ? $"in {org[owner].Id}'s calendar: counts for one-on-one coverage, not for this person's hours"
                    : Reasons.GetValueOrDefault(kind.Kind),
                Calendar = org[owner].Id,
                With = owner != explainPerson ? org[owner].Id : other >= 0 ? org[other].Id : null,
                ManagerInForce = kind.Kind == OccurrenceKind.OneOnOne ? org[kind.Manager].Id : null,
                Location = location,
            });
        }
    }
}
