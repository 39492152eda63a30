using System.Globalization;

namespace ManagerFocus.Generator;

/// <summary>Writes one VEVENT and its RECURRENCE-ID overrides in Google's or Outlook's shape.</summary>
internal sealed class EventWriter(IcsWriter ics, OrgPlan plan, bool outlook, string stamp, bool reminders = false)
{
    public void Write(CalendarEvent e)
    {
        var start = e.FirstDate.ToDateTime(e.LocalStart);
        Begin(e, start, start.AddMinutes(e.Minutes));
        if (e.Rule is { } rule)
        {
            ics.Line($"RRULE:{rule.ToRule(e.Zone, e.LocalStart, e.Style == EventStyle.Floating)}");
            foreach (var exdate in e.ExDates)
            {
                ics.Line(Time("EXDATE", e, exdate.ToDateTime(e.LocalStart)));
            }
        }

        End(e, e.Cancelled ? "CANCELLED" : "CONFIRMED", 0, withDescription: true);
        foreach (var o in e.Overrides)
        {
            var original = o.Date.ToDateTime(e.LocalStart);
            var moved = o.Kind == OverrideKind.Move ? original.AddHours(2) : original;
            Begin(e, moved, moved.AddMinutes(o.Kind == OverrideKind.Shorten ? 15 : e.Minutes));
            ics.Line(Time("RECURRENCE-ID", e, original));
            End(e, o.Kind == OverrideKind.Cancel ? "CANCELLED" : "CONFIRMED", 1, withDescription: false);
        }
    }

    private void Begin(CalendarEvent e, DateTime start, DateTime end)
    {
        ics.Line("BEGIN:VEVENT");
        ics.Line(Time("DTSTART", e, start));
        ics.Line(Time("DTEND", e, e.Style == EventStyle.AllDay ? start.AddDays(Math.Max(1, e.Minutes / 1440)) : end));
    }

    private void End(CalendarEvent e, string status, int sequence, bool withDescription)
    {
        ics.Line($"DTSTAMP:{stamp}");
        if (e.Organizer >= 0 || e.Guest is not null)
        {
            var (name, email) = e.Organizer >= 0 ? (plan.People[e.Organizer].Name, plan.People[e.Organizer].Email) : (e.Guest!, e.Guest!);
            ics.Line($"ORGANIZER;CN={Cn(name)}:mailto:{email}");
        }

        ics.Line($"UID:{e.Uid}");
        foreach (var person in e.Attendees.Select(i => plan.People[i]))
        {
            Attendee("INDIVIDUAL", e.Decliners.Contains(person.Index) ? "DECLINED" : "ACCEPTED", person.Name, person.Email);
        }

        if (e.Room is { } room)
        {
            Attendee("ROOM", "ACCEPTED", "Team room", room);
        }

        if (e.Group is { } group)
        {
            Attendee("GROUP", "NEEDS-ACTION", "Engineering", group);
        }

        if (e.Guest is { } guest && e.Organizer >= 0)
        {
            Attendee("INDIVIDUAL", "ACCEPTED", guest, guest);
        }

        ics.Line($"CREATED:{plan.HistoryStart.AddDays(-7):yyyyMMdd}T090000Z");
        ics.Line(withDescription ? $"DESCRIPTION:{IcsWriter.Escape($"Agenda for {e.Summary}:\nwins, blockers; notes")}" : "DESCRIPTION:");
        ics.Line($"LAST-MODIFIED:{plan.HistoryStart:yyyyMMdd}T090000Z");
        ics.Line($"LOCATION:{IcsWriter.Escape(e.Location ?? "")}");
        ics.Line(string.Create(CultureInfo.InvariantCulture, $"SEQUENCE:{sequence}"));
        ics.Line($"STATUS:{status}");
        ics.Line($"SUMMARY{(outlook ? ";LANGUAGE=en-us" : "")}:{IcsWriter.Escape(e.Summary)}");
        ics.Line(e.Transparent ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
        if (outlook)
        {
            ics.Line(e.Transparent ? "X-MICROSOFT-CDO-BUSYSTATUS:FREE" : "X-MICROSOFT-CDO-BUSYSTATUS:BUSY");
        }

        // Owners with default reminders get a nested VALARM, as Google and Outlook export it.
        if (reminders && e.Style != EventStyle.AllDay)
        {
            ics.Line("BEGIN:VALARM");
            ics.Line("ACTION:DISPLAY");
            ics.Line("DESCRIPTION:This is an event reminder");
            ics.Line("TRIGGER:-P0DT0H10M0S");
            ics.Line("END:VALARM");
        }

        ics.Line("END:VEVENT");
    }

    private void Attendee(string type, string status, string name, string email) => ics.Line(outlook
        ? $"ATTENDEE;CUTYPE={type};ROLE=REQ-PARTICIPANT;PARTSTAT={status};RSVP=TRUE;CN={Cn(name)}:mailto:{email}"
        : $"ATTENDEE;CUTYPE={type};ROLE=REQ-PARTICIPANT;PARTSTAT={status};CN={Cn(name)};X-NUM-GUESTS=0:mailto:{email}");

    private string Time(string name, CalendarEvent e, DateTime local) => e.Style switch
    {
        EventStyle.AllDay => $"{name};VALUE=DATE:{local:yyyyMMdd}",
        EventStyle.Floating => $"{name}:{CalendarFileWriter.Local(local)}",
        EventStyle.Utc => $"{name}:{Utc(e.Zone.ToUnix(local))}",
        _ when e.Zone.IsUtc && !outlook => $"{name}:{CalendarFileWriter.Local(local)}Z",
        _ => $"{name};TZID={(outlook ? e.Zone.WindowsId : e.Zone.Id)}:{CalendarFileWriter.Local(local)}",
    };

    private static string Utc(long unix) => CalendarFileWriter.Local(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime) + "Z";

    private static string Cn(string name) => name.AsSpan().IndexOfAny(",;:") < 0 ? name : $"\"{name}\"";
}
