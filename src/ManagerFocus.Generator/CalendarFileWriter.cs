using System.Globalization;
using System.Text;

namespace ManagerFocus.Generator;

/// <summary>Writes one person's calendar export, streaming, and counts its occurrences inside the period.</summary>
internal sealed class CalendarFileWriter(OrgPlan plan)
{
    private const string Stamp = "T060000Z";

    /// <summary>Writes the file; returns its event instances in the period, and how many of those are meetings (docs/definitions.md, "Meeting hours").</summary>
    public (long Occurrences, long Meetings) Write(string path, PlannedPerson owner, IReadOnlyList<CalendarEvent> events)
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var ics = new IcsWriter(file);
        var outlook = owner.Outlook;
        ics.Line("BEGIN:VCALENDAR");
        ics.Line(outlook ? "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" : "PRODID:-//Google Inc//Google Calendar 70.9054//EN");
        ics.Line("VERSION:2.0");
        ics.Line(outlook ? "X-MS-OLK-FORCEINSPECTOROPEN:TRUE" : "CALSCALE:GREGORIAN");
        ics.Line("METHOD:PUBLISH");
        if (!outlook)
        {
            ics.Line($"X-WR-CALNAME:{owner.Email}");
            ics.Line($"X-WR-TIMEZONE:{owner.Zone.Id}");
        }

        foreach (var zone in events.Where(e => e.Style == EventStyle.Zoned && (outlook || !e.Zone.IsUtc)).Select(e => e.Zone).Distinct().OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            ZoneBlocks.Write(ics, zone, outlook);
        }

        var (occurrences, meetings) = (0L, 0L);
        var stamp = $"{plan.End.AddDays(-1):yyyyMMdd}{Stamp}";
        foreach (var e in events)
        {
            new EventWriter(ics, plan, outlook, stamp, owner.Index % 3 == 0).Write(e);
            var count = Occurrences(e);
            occurrences += count;
            meetings += IsMeeting(e, owner.Index) ? count : 0;
        }

        ics.Line("END:VCALENDAR");
        return (occurrences, meetings);
    }

    private long Occurrences(CalendarEvent e)
    {
        if (e.Cancelled)
        {
            return 0;
        }

        if (e.Rule is null)
        {
            return e.FirstDate >= plan.From && e.FirstDate < plan.End ? 1 : 0;
        }

        var cancelled = e.Overrides.Where(o => o.Kind == OverrideKind.Cancel).Select(o => o.Date).Concat(e.ExDates).ToHashSet();
        return e.Rule.Dates(e.FirstDate, plan.End).Count(d => d >= plan.From && !cancelled.Contains(d));
    }

    /// <summary>Timed, busy, not declined by the owner, and with someone other than the owner (rooms aside).</summary>
    private static bool IsMeeting(CalendarEvent e, int owner) =>
        e.Style != EventStyle.AllDay && !e.Transparent && !e.Decliners.Contains(owner)
        && (e.Attendees.Any(a => a != owner) || e.Group is not null || e.Guest is not null);

    public static string Local(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
