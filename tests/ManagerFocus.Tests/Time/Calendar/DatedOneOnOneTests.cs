using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Tests.Sources.Calendar;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Time.Calendar;

/// <summary>A one-on-one is judged on each occurrence's day, with the snapshot in force that day.</summary>
public sealed class DatedOneOnOneTests
{
    // Ann reports to Bea until Sunday 2025-02-02 and to Cy from Monday 2025-02-03.
    private const string People = """
        id,name,email,manager_id,effective_date
        boss,Bea Boss,boss@acme.io,,2025-01-01
        ann,Ann Lee,ann@acme.io,boss,2025-01-01
        cy,Cy Vale,cy@acme.io,,2025-01-01
        boss,Bea Boss,boss@acme.io,,2025-02-03
        ann,Ann Lee,ann@acme.io,cy,2025-02-03
        cy,Cy Vale,cy@acme.io,,2025-02-03
        """;

    private static CalendarOccurrencesResult Expand(string owner, string ics, string? explain = null)
    {
        var org = CalendarTestKit.Org(People);
        var warnings = new WarningLog();
        var importer = new CalendarOccurrences(org, Quarter, explain is null ? -1 : org.Find(explain)!.Index);
        return importer.Expand(new IcsCalendarReader($"{owner}.ics", warnings).Read(new StringReader(ics)), $"{owner}.ics", org.Find(owner)!.Index, warnings);
    }

    // Weekly on Mondays at 10:00 UTC for 30 minutes: 13 occurrences in the quarter, 4 of them before the move.
    private static string Weekly(string with) => Ics($"""
        UID:weekly-{with}
        DTSTART:20250106T100000Z
        DTEND:20250106T103000Z
        RRULE:FREQ=WEEKLY;BYDAY=MO
        ORGANIZER:mailto:ann@acme.io
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:ann@acme.io
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:{with}@acme.io
        """);

    [Fact]
    public void A_weekly_meeting_with_the_old_manager_stops_being_a_one_on_one_on_the_monday_of_the_move()
    {
        var result = Expand("ann", Weekly("boss"));

        result.Meetings.Count.ShouldBe(13);
        result.OneOnOnes.Count.ShouldBe(4);
        result.OneOnOnes.ShouldAllBe(o => o.Manager == 0 && o.Report == 1);
        result.OneOnOnes.Max(o => o.StartUnix).ShouldBe(At("2025-01-27T10:00:00Z"));
        result.OneOnOneTime.Count.ShouldBe(4);
    }

    [Fact]
    public void A_weekly_meeting_with_the_new_manager_becomes_a_one_on_one_from_the_monday_of_the_move()
    {
        var result = Expand("ann", Weekly("cy"));

        result.OneOnOnes.Count.ShouldBe(9);
        result.OneOnOnes.Min(o => o.StartUnix).ShouldBe(At("2025-02-03T10:00:00Z"));
        result.OneOnOnes.ShouldAllBe(o => o.Manager == 2 && o.Report == 1);
    }

    [Fact]
    public void Explain_names_the_manager_in_force_on_each_one_on_ones_day()
    {
        var result = Expand("ann", Weekly("boss") + Weekly("cy").Replace("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n", ""), explain: "ann");

        var oneOnOnes = result.Explained.Where(o => o.Kind == OccurrenceKind.OneOnOne).OrderBy(o => o.Start).ToList();
        oneOnOnes.Count.ShouldBe(13);
        oneOnOnes.Take(4).ShouldAllBe(o => o.ManagerInForce == "boss" && o.With == "boss");
        oneOnOnes.Skip(4).ShouldAllBe(o => o.ManagerInForce == "cy" && o.With == "cy");
        result.Explained.Where(o => o.Kind == OccurrenceKind.Meeting).ShouldAllBe(o => o.ManagerInForce == null);
    }
}
