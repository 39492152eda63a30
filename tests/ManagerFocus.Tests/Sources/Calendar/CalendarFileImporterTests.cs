using ManagerFocus.Diagnostics;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class CalendarFileImporterTests
{
    private const string Ann = "ATTENDEE;CN=Ann Lee;PARTSTAT=ACCEPTED:mailto:ann@acme.io";
    private const string Boss = "ATTENDEE;CN=Bea Boss;PARTSTAT=ACCEPTED:mailto:boss@acme.io";

    private static double Hours(CalendarOccurrencesResult result, Category category)
    {
        var time = new MeetingTime(4);
        time.Add(result.Owner, Category.Meeting, result.Meetings);
        time.Add(result.Owner, Category.OneOnOne, result.OneOnOneTime);
        var ledger = new TimeLedger(4, Quarter);
        time.WriteTo(ledger);
        return ledger.Total(result.Owner, category);
    }

    public sealed class Classification
    {
        [Fact]
        public void Weekly_one_on_one_with_a_report_counts_as_meeting_and_one_on_one()
        {
            // Given a weekly 30-minute one-on-one in the manager's calendar, 13 in the quarter
            var ics = Ics($"""
                UID:1on1
                DTSTART;TZID=America/New_York:20250107T100000
                DTEND;TZID=America/New_York:20250107T103000
                RRULE:FREQ=WEEKLY;BYDAY=TU
                ORGANIZER;CN=Bea Boss:mailto:boss@acme.io
                {Boss}
                {Ann}
                """);

            // When it is imported
            var result = Import(ics);

            // Then it is 13 one-on-ones between boss (manager) and ann (report)
            result.OneOnOnes.Count.ShouldBe(13);
            result.OneOnOnes.ShouldAllBe(m => m.Manager == 0 && m.Report == 1);
            Hours(result, Category.Meeting).ShouldBe(6.5, 0.001);
            Hours(result, Category.OneOnOne).ShouldBe(6.5, 0.001);
        }

        [Fact]
        public void A_moved_instance_that_lists_no_people_keeps_its_series_people_and_length()
        {
            // Given a weekly one-on-one whose second instance moves a day later, written without attendees or an end
            var ics = Ics(
                $"UID:w\nDTSTART:20250107T150000Z\nDTEND:20250107T153000Z\nRRULE:FREQ=WEEKLY;COUNT=2\n{Ann}",
                "UID:w\nRECURRENCE-ID:20250114T150000Z\nDTSTART:20250115T090000Z");

            // When it is imported
            var result = Import(ics);

            // Then both are 30-minute one-on-ones, the moved one on its new day
            result.OneOnOneTime.ShouldBe([new TimeInterval(At("2025-01-07T15:00:00Z"), At("2025-01-07T15:30:00Z")),
                new TimeInterval(At("2025-01-15T09:00:00Z"), At("2025-01-15T09:30:00Z"))], ignoreOrder: true);
        }

        [Fact]
        public void Meeting_hours_count_overlapping_events_once()
        {
            var ics = Ics(
                $"UID:a\nDTSTART:20250107T140000Z\nDTEND:20250107T160000Z\n{Ann}",
                "UID:b\nDTSTART:20250107T150000Z\nDTEND:20250107T170000Z\nATTENDEE:mailto:stranger@else.org");

            Hours(Import(ics), Category.Meeting).ShouldBe(3, 0.001);
        }

        [Theory]
        [InlineData("STATUS:CANCELLED", OccurrenceKind.Cancelled)]
        [InlineData("TRANSP:TRANSPARENT", OccurrenceKind.Transparent)]
        [InlineData("ATTENDEE;PARTSTAT=DECLINED:mailto:boss@acme.io", OccurrenceKind.Declined)]
        public void Cancelled_transparent_and_declined_events_are_not_meetings(string line, OccurrenceKind kind)
        {
            var ics = Ics($"UID:x\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\n{Ann}\n{line}");

            var result = Import(ics, explain: "boss");

            result.Meetings.ShouldBeEmpty();
            result.Explained.ShouldHaveSingleItem().Kind.ShouldBe(kind);
            result.Explained[0].Reason.ShouldNotBeNull();
        }

        [Fact]
        public void All_day_events_and_events_with_only_a_room_are_not_meetings()
        {
            var ics = Ics(
                $"UID:d\nDTSTART;VALUE=DATE:20250107\nDTEND;VALUE=DATE:20250108\n{Ann}",
                "UID:r\nDTSTART:20250108T140000Z\nDTEND:20250108T150000Z\nATTENDEE;CUTYPE=ROOM:mailto:room1@acme.io\n" + Boss);

            var result = Import(ics, explain: "boss");

            result.Meetings.ShouldBeEmpty();
            result.Explained.Select(e => e.Kind).ShouldBe([OccurrenceKind.AllDay, OccurrenceKind.Solo]);
        }

        [Fact]
        public void An_unknown_address_or_a_room_keeps_or_breaks_a_one_on_one_as_designed()
        {
            var withStranger = Ics($"UID:s\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\n{Ann}\nATTENDEE:mailto:x@else.org");
            var withRoom = Ics($"UID:s\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\n{Ann}\nATTENDEE;CUTYPE=RESOURCE:mailto:projector@acme.io");

            Import(withStranger).OneOnOnes.ShouldBeEmpty();
            Import(withStranger).Meetings.Count.ShouldBe(1);
            Import(withRoom).OneOnOnes.Count.ShouldBe(1);
        }

        [Fact]
        public void Peers_with_the_same_manager_do_not_have_a_one_on_one()
        {
            var ics = Ics("UID:p\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\nATTENDEE:mailto:bob@acme.io");

            var result = Import(ics, "ann");

            result.OneOnOnes.ShouldBeEmpty();
            result.Meetings.Count.ShouldBe(1);
        }

        [Fact]
        public void Floating_times_use_the_owners_zone()
        {
            var ics = Ics($"UID:f\nDTSTART:20250107T090000\nDTEND:20250107T100000\n{Boss}");

            var result = Import(ics, "bob");

            // bob is in Europe/Berlin (UTC+1 in January)
            result.Meetings.ShouldHaveSingleItem().Start.ShouldBe(At("2025-01-07T08:00:00Z"));
        }

        [Fact]
        public void A_utc_event_overlaps_a_new_york_event_only_after_daylight_saving_starts()
        {
            // 14:00-15:00 UTC each Monday; the New York meeting 09:30-10:30 local is 14:30 UTC in winter, 13:30 UTC in summer
            var ics = Ics(
                $"UID:u\nDTSTART:20250303T140000Z\nDTEND:20250303T150000Z\nRRULE:FREQ=WEEKLY;COUNT=2\n{Ann}",
                $"UID:n\nDTSTART;TZID=America/New_York:20250303T093000\nDTEND;TZID=America/New_York:20250303T103000\nRRULE:FREQ=WEEKLY;COUNT=2\nATTENDEE:mailto:x@else.org");

            // Before the change: 14:00-15:30 (1.5 h); after: 13:30-15:00 (1.5 h); union 3 h of 4 h booked
            Hours(Import(ics), Category.Meeting).ShouldBe(3, 0.001);
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public void Malformed_line_bad_date_unknown_zone_and_unterminated_event_are_warnings_and_good_events_count()
        {
            var warnings = new WarningLog();
            var ics = Ics(
                $"UID:good\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\n{Ann}\nthis line has no colon",
                $"UID:bad\nDTSTART:2025-01-08\n{Ann}",
                $"UID:zone\nDTSTART;TZID=Mars/Olympus:20250109T140000\nDTEND;TZID=Mars/Olympus:20250109T150000\n{Ann}")
                + "BEGIN:VEVENT\r\nUID:cut\r\nDTSTART:20250110T140000Z\r\n";

            var result = Import(ics, "boss", warnings);

            result.Meetings.Count.ShouldBe(2);
            var messages = warnings.Kept.Select(w => $"{w.Location} {w.Message}").ToList();
            messages.ShouldContain(m => m.StartsWith("boss.ics:9 ") && m.Contains("not a content line"));
            messages.ShouldContain(m => m.Contains("bad DTSTART value"));
            messages.ShouldContain(m => m.Contains("unknown time zone in TZID") && !m.Contains("Mars"));
            messages.ShouldContain(m => m.Contains("BEGIN:VEVENT is never closed"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("\0\u0001\u0002binary")]
        [InlineData("just some text")]
        public void Empty_binary_or_non_calendar_files_are_one_warning(string text)
        {
            var warnings = new WarningLog();

            Import(text, "boss", warnings).Occurrences.ShouldBe(0);

            warnings.Kept.ShouldHaveSingleItem().Location.ShouldStartWith("boss.ics");
        }

        [Fact]
        public void Dates_at_the_edge_of_the_calendar_are_a_warning_not_a_crash()
        {
            var warnings = new WarningLog();
            var ics = Ics(
                "UID:old\nDTSTART;TZID=Asia/Tokyo:00010101T000000\nDTEND;TZID=Asia/Tokyo:00010101T010000\nRRULE:FREQ=WEEKLY;WKST=SU\nATTENDEE:mailto:ann@acme.io",
                "UID:late\nDTSTART:99991231T235960Z\nATTENDEE:mailto:ann@acme.io",
                $"UID:good\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\n{Ann}");

            Import(ics, "boss", warnings).Meetings.Count.ShouldBe(1);
        }

        [Fact]
        public void A_bad_rrule_is_a_warning_and_the_first_occurrence_still_counts()
        {
            var warnings = new WarningLog();
            var ics = Ics($"UID:r\nDTSTART:20250107T140000Z\nDTEND:20250107T150000Z\nRRULE:FREQ=SOMETIMES\n{Ann}");

            Import(ics, "boss", warnings).Meetings.Count.ShouldBe(1);
            warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("FREQ");
        }

        [Fact]
        public void A_vtimezone_with_an_unknown_name_is_built_from_its_rules()
        {
            var ics = """
                BEGIN:VCALENDAR
                BEGIN:VTIMEZONE
                TZID:Custom Eastern
                BEGIN:STANDARD
                DTSTART:19701101T020000
                TZOFFSETFROM:-0400
                TZOFFSETTO:-0500
                RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
                END:STANDARD
                BEGIN:DAYLIGHT
                DTSTART:19700308T020000
                TZOFFSETFROM:-0500
                TZOFFSETTO:-0400
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
                END:DAYLIGHT
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:c
                DTSTART;TZID=Custom Eastern:20250303T090000
                DTEND;TZID=Custom Eastern:20250303T100000
                RRULE:FREQ=WEEKLY;COUNT=2
                ATTENDEE:mailto:ann@acme.io
                END:VEVENT
                END:VCALENDAR
                """;

            Import(ics).Meetings.Select(m => m.Start).ShouldBe([At("2025-03-03T14:00:00Z"), At("2025-03-10T13:00:00Z")]);
        }
    }
}
