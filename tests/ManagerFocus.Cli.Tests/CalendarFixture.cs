namespace ManagerFocus.Cli.Tests;

/// <summary>A small organization with calendars covering every rule of DESIGN.md's meeting definitions, in its own temp folder.</summary>
internal sealed class CalendarFixture : IDisposable
{
    public const string Secrets = "Secret Project Zebra|Confidential layoffs|Room Kraken|Zed Secretname|private note";

    public CalendarFixture()
    {
        Folder = Directory.CreateTempSubdirectory("managerfocus-calendar-test-").FullName;
        Calendars = Path.Combine(Folder, "calendars");
        Directory.CreateDirectory(Calendars);
        People = Path.Combine(Folder, "people.csv");
        File.WriteAllText(People, """
            id,name,email,manager_id,timezone
            dir,Dee Director,dir@acme.io,,UTC
            mgr,Max Manager,mgr@acme.io,dir,America/New_York
            r1,Rae One,r1@acme.io,mgr,
            r2,Ray Two,r2@acme.io,mgr,
            r3,Rio Three,r3@acme.io,mgr,
            r4,Roz Four,r4@acme.io,mgr,
            """);
        Write("mgr@acme.io.ics", ManagerCalendar);
        Write("r4.ics", Calendar("""
            UID:r4-1on1
            DTSTART:20250326T160000Z
            DTEND:20250326T163000Z
            ORGANIZER:mailto:r4@acme.io
            ATTENDEE:mailto:mgr@acme.io
            """));
        Write("nobody.ics", Calendar("UID:x\nDTSTART:20250326T160000Z"));
    }

    public string Folder { get; }
    public string People { get; }
    public string Calendars { get; }

    public string[] Inputs => ["--people", People, "--calendar", Calendars, "--from", "2025-01-06", "--to", "2025-04-07"];

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(Calendars, name), text.ReplaceLineEndings("\r\n"));

    private static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
        + string.Concat(events.Select(e => $"BEGIN:VEVENT\nSUMMARY:Secret Project Zebra\nDESCRIPTION:Confidential layoffs\\, private note\nLOCATION:Room Kraken\n{e.Trim()}\nEND:VEVENT\n"))
        // A broken line holding a title, so warnings are shown to carry no calendar text either.
        + "COMMENT Secret Project Zebra without a colon\n"
        + "END:VCALENDAR\n";

    private static readonly string ManagerCalendar = Calendar(
        // Weekly one-on-one with r1: 13 instances; one excluded, one moved, one shortened, one cancelled.
        """
        UID:r1-weekly
        DTSTART;TZID=America/New_York:20250107T100000
        DTEND;TZID=America/New_York:20250107T103000
        RRULE:FREQ=WEEKLY;BYDAY=TU
        EXDATE;TZID=America/New_York:20250225T100000
        ORGANIZER;CN=Max Manager:mailto:mgr@acme.io
        ATTENDEE;CN=Zed Secretname;PARTSTAT=ACCEPTED:mailto:r1@acme.io
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:mgr@acme.io
        """,
        """
        UID:r1-weekly
        RECURRENCE-ID;TZID=America/New_York:20250204T100000
        DTSTART;TZID=America/New_York:20250205T140000
        DTEND;TZID=America/New_York:20250205T143000
        ATTENDEE:mailto:r1@acme.io
        """,
        """
        UID:r1-weekly
        RECURRENCE-ID;TZID=America/New_York:20250211T100000
        DTSTART;TZID=America/New_York:20250211T100000
        DTEND;TZID=America/New_York:20250211T101500
        ATTENDEE:mailto:r1@acme.io
        """,
        """
        UID:r1-weekly
        RECURRENCE-ID;TZID=America/New_York:20250218T100000
        DTSTART;TZID=America/New_York:20250218T100000
        DTEND;TZID=America/New_York:20250218T103000
        STATUS:CANCELLED
        ATTENDEE:mailto:r1@acme.io
        """,
        // Every other week with r2, Outlook's Windows zone name, a room that does not count as a person: 7 hours.
        """
        UID:r2-biweekly
        DTSTART;TZID=Eastern Standard Time:20250109T150000
        DTEND;TZID=Eastern Standard Time:20250109T160000
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH
        ATTENDEE:mailto:r2@acme.io
        ATTENDEE;CUTYPE=ROOM;CN=Room Kraken:mailto:kraken@rooms.acme.io
        """,
        // A floating-time one-on-one with r3 in January only (the owner's zone, New York): 0.75 h, outside the last 28 days.
        "UID:r3\nDTSTART:20250115T110000\nDTEND:20250115T114500\nATTENDEE:mailto:r3@acme.io",
        // Declined, transparent, all-day and room-only events do not count.
        "UID:declined\nDTSTART:20250108T130000Z\nDTEND:20250108T140000Z\nATTENDEE:mailto:r1@acme.io\nATTENDEE;PARTSTAT=DECLINED:mailto:mgr@acme.io",
        "UID:hold\nDTSTART:20250109T090000Z\nDTEND:20250109T120000Z\nTRANSP:TRANSPARENT\nATTENDEE:mailto:r1@acme.io",
        "UID:offsite\nDTSTART;VALUE=DATE:20250110\nDTEND;VALUE=DATE:20250111\nATTENDEE:mailto:r1@acme.io",
        "UID:room\nDTSTART:20250113T150000Z\nDTEND:20250113T160000Z\nATTENDEE;CUTYPE=ROOM:mailto:kraken@rooms.acme.io",
        // A UTC staff meeting and a New York meeting overlap by 30 min before and after the DST change: 3 h of union.
        "UID:staff\nDTSTART:20250303T140000Z\nDTEND:20250303T150000Z\nRRULE:FREQ=WEEKLY;COUNT=2\nATTENDEE:mailto:dir@acme.io\nATTENDEE:mailto:r1@acme.io",
        "UID:ny\nDTSTART;TZID=America/New_York:20250303T093000\nDTEND;TZID=America/New_York:20250303T103000\nRRULE:FREQ=WEEKLY;COUNT=2\nATTENDEE;CN=Zed Secretname:mailto:vendor@else.org");
}
