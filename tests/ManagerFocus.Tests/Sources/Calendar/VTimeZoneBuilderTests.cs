using ManagerFocus.Diagnostics;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class VTimeZoneBuilderTests
{
    private static string Calendar(string daylightRule) => ($$"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VTIMEZONE
        TZID:Eastern
        BEGIN:STANDARD
        DTSTART:19501029T020000
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19500402T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        RRULE:{{daylightRule}}
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:weekly
        DTSTART;TZID=Eastern:20250107T100000
        DTEND;TZID=Eastern:20250107T110000
        ORGANIZER:mailto:boss@acme.io
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:cy@acme.io
        END:VEVENT
        END:VCALENDAR
        """).ReplaceLineEndings("\r\n");

    [Fact]
    public void A_zone_known_only_by_its_vtimezone_follows_its_daylight_rules()
    {
        var warnings = new WarningLog();

        var result = Import(Calendar("FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"), warnings: warnings);

        warnings.Count.ShouldBe(0);
        result.Meetings.ShouldHaveSingleItem().Start.ShouldBe(new DateTimeOffset(2025, 1, 7, 15, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
    }

    [Fact]
    public void Daylight_rules_that_contradict_each_other_are_a_warning_and_the_standard_offset_is_used()
    {
        var warnings = new WarningLog();

        // Daylight saving that starts on the day it ends, as a damaged Lotus export had it.
        var result = Import(Calendar("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"), warnings: warnings);

        warnings.Kept.ShouldContain(w => w.Message.Contains("contradict", StringComparison.Ordinal));
        result.Meetings.ShouldHaveSingleItem().Start.ShouldBe(new DateTimeOffset(2025, 1, 7, 15, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds());
    }
}
