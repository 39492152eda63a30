using ManagerFocus.Tests.Sources.Git;

namespace ManagerFocus.Cli.Tests.Workspaces;

/// <summary>A small organization on disk: people, one git repository, review exports and a survey, with private text in each.</summary>
internal sealed class WorkspaceScenario : IDisposable
{
    public const string Secret = "secret-text-never-stored-5e1c";
    private const string Repo = "https://api.github.com/repos/acme/api";

    private readonly TempFolder _temp = new("managerfocus-cli-workspace-");

    public WorkspaceScenario()
    {
        WritePeople("");
        Repository = TestRepository.Init(Path.Combine(Root, "repos", "api"));
        Repository.Commit("Max Manager", "max@corp.com", "2026-01-06T09:00:00Z", Secret);
        Repository.Commit("Max Manager", "max@corp.com", "2026-01-06T10:00:00Z", Secret);
        Repository.Commit("Dana Dev", "dana@corp.com", "2026-01-07T09:00:00Z", Secret);
        Repository.Commit("Deniz", "deniz@laptop.example", "2026-01-08T09:00:00Z", Secret);
        Repository.Commit("Deniz", "deniz@laptop.example", "2026-01-08T10:30:00Z", Secret);
        Directory.CreateDirectory(Exports);
        File.WriteAllText(Path.Combine(Exports, "pulls.json"), $"[{Pr(1, "dana-gh", "2026-01-06T09:00:00Z")},{Pr(2, "deniz-gh", "2026-01-07T09:00:00Z")}]");
        File.WriteAllText(Path.Combine(Exports, "reviews.json"),
            $"[{Review(11, 1, "max-gh", "2026-01-07T15:00:00Z")},{Review(12, 2, "dana-gh", "2026-01-07T11:00:00Z")},{Review(13, 2, "max-gh", "2026-01-09T11:00:00Z")}]");
        File.WriteAllText(Survey, "person_id,date,score\ndana,2026-01-10,4\ndeniz,2026-01-10,3\n");
        Directory.CreateDirectory(Calendars);
        // Max's calendar as Google writes it: a weekly one-on-one with Dana (the second week moved), a team meeting, a focus block.
        File.WriteAllText(Path.Combine(Calendars, "max@corp.com.ics"), $"""
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            X-WR-TIMEZONE:Europe/Berlin
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Berlin:20260105T100000
            DTEND;TZID=Europe/Berlin:20260105T103000
            RRULE:FREQ=WEEKLY;BYDAY=MO
            UID:one-on-one-dana@google.com
            SUMMARY:{Secret}
            DESCRIPTION:{Secret}
            LOCATION:{Secret}
            ORGANIZER;CN=Max:mailto:max@corp.com
            ATTENDEE;CN=Dana;PARTSTAT=ACCEPTED:mailto:dana@corp.com
            ATTENDEE;CN=Max;PARTSTAT=ACCEPTED:mailto:max@corp.com
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Berlin:20260113T150000
            DTEND;TZID=Europe/Berlin:20260113T153000
            RECURRENCE-ID;TZID=Europe/Berlin:20260112T100000
            UID:one-on-one-dana@google.com
            SEQUENCE:1
            SUMMARY:{Secret}
            ORGANIZER;CN=Max:mailto:max@corp.com
            ATTENDEE;CN=Dana;PARTSTAT=ACCEPTED:mailto:dana@corp.com
            ATTENDEE;CN=Max;PARTSTAT=ACCEPTED:mailto:max@corp.com
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260107T130000Z
            DTEND:20260107T140000Z
            UID:team@google.com
            SUMMARY:{Secret}
            ORGANIZER:mailto:lena@corp.com
            ATTENDEE;CN=Conference Room;CUTYPE=ROOM:mailto:room@resource.calendar.google.com
            ATTENDEE:mailto:max@corp.com
            ATTENDEE:mailto:dana@corp.com
            ATTENDEE:mailto:deniz@corp.com
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260108T080000Z
            DTEND:20260108T110000Z
            UID:focus@google.com
            SUMMARY:{Secret}
            TRANSP:TRANSPARENT
            END:VEVENT
            END:VCALENDAR
            """.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Calendars, "deniz.ics"), $"""
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART:20260109T090000Z
            DURATION:PT45M
            UID:deniz-max@example.com
            SUMMARY:{Secret}
            ORGANIZER:mailto:deniz@corp.com
            ATTENDEE:mailto:max@corp.com
            END:VEVENT
            END:VCALENDAR
            """);
    }

    public string Root => _temp.Path;

    public TestRepository Repository { get; }

    public string People => Path.Combine(Root, "people.csv");

    public string Git => Path.Combine(Root, "repos");

    public string Exports => Path.Combine(Root, "github");

    public string Survey => Path.Combine(Root, "survey.csv");

    public string Calendars => Path.Combine(Root, "calendars");

    /// <summary>The file inputs, as analyze and import both take them.</summary>
    public string[] Inputs => ["--people", People, "--git", Git, "--reviews", Exports, "--calendar", Calendars, "--survey", Survey];

    /// <summary>Two weeks of January 2026.</summary>
    public static string[] Period => ["--from", "2026-01-05", "--to", "2026-01-19"];

    /// <summary>Writes people.csv; <paramref name="denizAliases"/> are Deniz's extra identities.</summary>
    public void WritePeople(string denizAliases) => File.WriteAllText(People, $"""
        id,name,email,manager_id,aliases
        lead,Lena Lead,lena@corp.com,,lena-gh
        max,Max Manager,max@corp.com,lead,max-gh
        dana,Dana Dev,dana@corp.com,max,dana-gh
        deniz,Deniz Dev,deniz@corp.com,max,deniz-gh{(denizAliases.Length > 0 ? ";" + denizAliases : "")}
        """);

    public void Dispose() => _temp.Dispose();

    private static string Pr(int number, string login, string created) =>
        $$$"""{"url":"{{{Repo}}}/pulls/{{{number}}}","number":{{{number}}},"title":"{{{Secret}}}","body":"{{{Secret}}}","user":{"login":"{{{login}}}","type":"User"},"created_at":"{{{created}}}","head":{"ref":"topic"},"base":{"ref":"main"}}""";

    private static string Review(int id, int number, string login, string submitted) =>
        $$$"""{"id":{{{id}}},"user":{"login":"{{{login}}}","type":"User"},"body":"{{{Secret}}}","state":"APPROVED","pull_request_url":"{{{Repo}}}/pulls/{{{number}}}","submitted_at":"{{{submitted}}}"}""";
}
