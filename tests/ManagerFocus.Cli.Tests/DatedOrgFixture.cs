using ManagerFocus.Tests;
using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests;

/// <summary>
/// An organization with three dated snapshots, built by hand on disk. Period: Monday 2026-03-02 to Monday 2026-04-06
/// (five weeks, 25 weekdays). Ann moves from Maria to Nils on Monday 2026-03-16; Dee leaves Maria that day and comes
/// back under Nils on Monday 2026-03-30, when Bo moves to Nils too, so Maria loses her last report mid-period.
/// </summary>
internal sealed class DatedOrgFixture : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-dated-");

    public DatedOrgFixture()
    {
        Write("people.csv", """
            id,name,email,manager_id,effective_date
            lead,Lena Lead,lena@corp.com,,2026-01-01
            maria,Maria Moss,maria@corp.com,lead,2026-01-01
            nils,Nils Nord,nils@corp.com,lead,2026-01-01
            ann,Ann Ash,ann@corp.com,maria,2026-01-01
            bo,Bo Birch,bo@corp.com,maria,2026-01-01
            cy,Cy Cedar,cy@corp.com,nils,2026-01-01
            dee,Dee Dale,dee@corp.com,maria,2026-01-01
            """);
        Write("people-later.csv", """
            id,name,email,manager_id,effective_date
            lead,Lena Lead,lena@corp.com,,2026-03-16
            maria,Maria Moss,maria@corp.com,lead,2026-03-16
            nils,Nils Nord,nils@corp.com,lead,2026-03-16
            ann,Ann Ash,ann@corp.com,nils,2026-03-16
            bo,Bo Birch,bo@corp.com,maria,2026-03-16
            cy,Cy Cedar,cy@corp.com,nils,2026-03-16
            lead,Lena Lead,lena@corp.com,,2026-03-30
            maria,Maria Moss,maria@corp.com,lead,2026-03-30
            nils,Nils Nord,nils@corp.com,lead,2026-03-30
            ann,Ann Ash,ann@corp.com,nils,2026-03-30
            bo,Bo Birch,bo@corp.com,nils,2026-03-30
            cy,Cy Cedar,cy@corp.com,nils,2026-03-30
            dee,Dee Dale,dee@corp.com,nils,2026-03-30
            """);

        // Maria and Ann meet on Tuesdays for 48 minutes, Nils and Ann on Wednesdays for an hour, each from the first week.
        Write("calendars/maria.ics", Ics(Weekly("tue", "20260303T100000Z", "20260303T104800Z", "TU", "maria", "ann")));
        Write("calendars/nils.ics", Ics(Weekly("wed", "20260304T100000Z", "20260304T110000Z", "WE", "nils", "ann")));
        Write("calendars/ann.ics", Ics(
            Weekly("tue", "20260303T100000Z", "20260303T104800Z", "TU", "maria", "ann"),
            Weekly("wed", "20260304T100000Z", "20260304T110000Z", "WE", "nils", "ann")));
        Write("calendars/lead.ics", Ics());

        // Maria codes one 3.5 h session in the first week and a single commit (0.5 h) in the fourth.
        var repo = TestRepository.Init(System.IO.Path.Combine(Root, "repos", "app"));
        repo.Commit("Maria Moss", "maria@corp.com", "2026-03-03T09:00:00Z", "work");
        repo.Commit("Maria Moss", "maria@corp.com", "2026-03-03T10:30:00Z", "work");
        repo.Commit("Maria Moss", "maria@corp.com", "2026-03-03T12:00:00Z", "work");
        repo.Commit("Maria Moss", "maria@corp.com", "2026-03-24T10:00:00Z", "work");
    }

    public string Root => _temp.Path;

    public string[] Inputs =>
    [
        "--people", System.IO.Path.Combine(Root, "people.csv"), "--people", System.IO.Path.Combine(Root, "people-later.csv"),
        "--git", System.IO.Path.Combine(Root, "repos"), "--calendar", System.IO.Path.Combine(Root, "calendars"),
        "--from", "2026-03-02", "--to", "2026-04-06",
    ];

    public void Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Root, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => _temp.Dispose();

    private static string Weekly(string uid, string start, string end, string day, string organizer, string other) => $"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTART:{start}
        DTEND:{end}
        RRULE:FREQ=WEEKLY;BYDAY={day}
        ORGANIZER:mailto:{organizer}@corp.com
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:{organizer}@corp.com
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:{other}@corp.com
        END:VEVENT

        """;

    private static string Ics(params string[] events) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + string.Concat(events) + "END:VCALENDAR\n").ReplaceLineEndings("\r\n");
}
