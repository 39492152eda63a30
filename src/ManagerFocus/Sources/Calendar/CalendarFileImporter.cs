using System.Text;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Reads one owner's .ics file and classifies every occurrence in the period (docs/definitions.md, "Meeting hours").</summary>
internal sealed class CalendarFileImporter(Organization org, Period period, int explainPerson = -1)
{
    private static readonly Dictionary<OccurrenceKind, string> Reasons = new()
    {
        [OccurrenceKind.AllDay] = "all-day event: not a timed meeting",
        [OccurrenceKind.Cancelled] = "STATUS:CANCELLED",
        [OccurrenceKind.Declined] = "declined by the calendar's owner (PARTSTAT=DECLINED)",
        [OccurrenceKind.Transparent] = "TRANSP:TRANSPARENT: shown as free (focus block or hold)",
        [OccurrenceKind.Solo] = "no attendee other than the owner (rooms and resources do not count)",
    };

    public CalendarFileResult Import(string path, int owner, WarningLog warnings)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 8192);
            return Import(reader, path, owner, warnings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(IcsCalendarReader.Source, path, $"cannot be read ({e.Message}); skipped");
            return new CalendarFileResult(owner);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or FormatException)
        {
            // Last line of defence: one strange file is reported, never the end of the run.
            warnings.Add(IcsCalendarReader.Source, path, $"cannot be interpreted ({e.GetType().Name}); skipped");
            return new CalendarFileResult(owner);
        }
    }

    public CalendarFileResult Import(TextReader text, string path, int owner, WarningLog warnings)
    {
        var parsed = new IcsCalendarReader(path, org.Identities, warnings).Read(text);
        var zones = new EventZones(parsed, EventZones.Floating(parsed, org[owner].TimeZone, path, warnings), path, warnings);
        var expander = new EventExpander(zones, period, path, warnings);
        var classifier = new EventClassifier(org, owner);
        var result = new CalendarFileResult(owner);
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
                warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}", "the event's dates are out of range after time-zone or rule arithmetic; skipped");
                continue;
            }
            catch (ArgumentException error)
            {
                // A damaged event the runtime's date and zone types reject costs that event only, not the file.
                warnings.Add(IcsCalendarReader.Source, $"{path}:{e.Line}", $"the event cannot be expanded ({error.GetType().Name}); skipped");
                continue;
            }

            if (intervals.Count > 0)
            {
                Record(result, classifier.Classify(e), intervals, $"{path}:{e.Line}");
            }
        }

        result.NativeRules = expander.NativeRules;
        result.FallbackRules = expander.FallbackRules;
        return result;
    }

    private void Record(CalendarFileResult result, EventClass kind, List<TimeInterval> intervals, string location)
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
                Location = location,
            });
        }
    }
}
