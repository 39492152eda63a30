using System.Text.Json;

namespace ManagerFocus.Cli.Tests;

/// <summary>Issue 11 end to end: edited, duplicated and odd events in exports, through `analyze` and `explain`.</summary>
public sealed class EditedCalendarAnalysisTests : IDisposable
{
    private const string Secret = "Quarterly Zebra Review";
    private readonly string _folder = Directory.CreateTempSubdirectory("managerfocus-edited-calendar-test-").FullName;

    public EditedCalendarAnalysisTests()
    {
        File.WriteAllText(Path.Combine(_folder, "people.csv"), """
            id,name,email,manager_id,timezone
            mgr,Max Manager,mgr@acme.io,,
            r1,Rae One,r1@acme.io,mgr,
            """);
        var calendars = Directory.CreateDirectory(Path.Combine(_folder, "calendars")).FullName;
        File.WriteAllText(Path.Combine(calendars, "mgr.ics"), ("""
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            X-WR-CALNAME:Max Manager
            X-WR-TIMEZONE:Europe/Berlin
            BEGIN:VEVENT
            DTSTART:20250204T140000
            DTEND:20250204T150000
            DTSTAMP:20250201T090000Z
            UID:moved-once@google.com
            SEQUENCE:1
            SUMMARY:Quarterly Zebra Review
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:r1@acme.io
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20250204T100000
            DTEND:20250204T110000
            DTSTAMP:20250130T090000Z
            UID:moved-once@google.com
            SEQUENCE:0
            SUMMARY:Quarterly Zebra Review
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:r1@acme.io
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20250303T090000
            DTEND:20250303T093000
            RRULE:FREQ=WEEKLY;UNTIL=20250317T080000Z;COUNT=-1
            DTSTAMP:20250201T090000Z
            UID:confluence-style@google.com
            SUMMARY:Quarterly Zebra Review
            ATTENDEE;PARTSTAT=ACCEPTED:mailto:r1@acme.io
            END:VEVENT
            END:VCALENDAR
            """).ReplaceLineEndings("\r\n"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] Inputs => ["--people", Path.Combine(_folder, "people.csv"), "--calendar", Path.Combine(_folder, "calendars"),
        "--from", "2025-01-06", "--to", "2025-04-07"];

    [Fact]
    public void A_meeting_exported_at_two_revisions_and_a_confluence_series_count_once_and_in_full()
    {
        // Given a Google export with one meeting at two revisions and a weekly series with COUNT=-1 beside UNTIL
        // When it is analysed
        var result = Cli.Run(["analyze", .. Inputs, "--format", "json"]);

        // Then 1 h for the moved meeting and 3 x 0.5 h for the series; the COUNT warning quotes no calendar text
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var mgr = json.RootElement.GetProperty("managers").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "mgr");
        mgr.GetProperty("meetingHours").GetDouble().ShouldBe(2.5, 0.01);
        json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString())
            .ShouldContain(m => m!.Contains("COUNT below 1 beside UNTIL"));
        result.Stdout.ShouldNotContain(Secret);
        result.Stderr.ShouldNotContain(Secret);
    }

    [Fact]
    public void Explain_shows_the_newest_revision_only_at_the_calendars_own_zone()
    {
        // When the manager is explained
        var result = Cli.Run(["explain", .. Inputs, "--person", "mgr", "--format", "json"]);

        // Then the moved meeting appears once, at 14:00 Berlin (X-WR-TIMEZONE, as mgr has no timezone)
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var starts = json.RootElement.GetProperty("occurrences").EnumerateArray().Select(r => r.GetProperty("start").GetDateTimeOffset()).ToList();
        starts.Where(s => s.UtcDateTime.Date == new DateTime(2025, 2, 4)).ShouldBe([new DateTimeOffset(2025, 2, 4, 13, 0, 0, TimeSpan.Zero)]);
        starts.Count.ShouldBe(4);
    }
}
