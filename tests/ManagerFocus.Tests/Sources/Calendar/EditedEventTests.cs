using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>Edited, duplicated and odd events as real clients export them, each counted once and right.</summary>
public sealed class EditedEventTests
{
    private const string Ann = "ATTENDEE;CN=Ann Lee;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ann@acme.io";

    /// <summary>A whole export: calendar header as <paramref name="prodId"/> writes it, then the VEVENTs as given.</summary>
    private static string Export(string prodId, string header, params string[] events) =>
        ($"BEGIN:VCALENDAR\nPRODID:{prodId}\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\n{header.Trim()}\n"
         + string.Concat(events.Select(e => $"BEGIN:VEVENT\n{e.Trim()}\nEND:VEVENT\n"))
         + "END:VCALENDAR\n").Replace("\n\n", "\n", StringComparison.Ordinal).ReplaceLineEndings("\r\n");

    private static double MeetingHours(CalendarOccurrencesResult result)
    {
        var time = new MeetingTime(4);
        time.Add(result.Owner, Category.Meeting, result.Meetings);
        var ledger = new TimeLedger(4, Quarter);
        time.WriteTo(ledger);
        return ledger.Total(result.Owner, Category.Meeting);
    }

    public sealed class Revisions
    {
        [Fact]
        public void One_event_exported_at_two_revisions_counts_once_at_the_newest_sequence()
        {
            // Given a Google export holding a meeting twice: SEQUENCE 0 at 10:00, then SEQUENCE 1 moved to 14:00
            var ics = Export("-//Google Inc//Google Calendar 70.9054//EN", "X-WR-CALNAME:Bea Boss\nX-WR-TIMEZONE:America/New_York",
                $"DTSTART:20250204T150000Z\nDTEND:20250204T160000Z\nDTSTAMP:20250201T090000Z\nUID:7kukuqrfedlm2f9t@google.com\nSEQUENCE:1\nSTATUS:CONFIRMED\nSUMMARY:Planning\n{Ann}",
                $"DTSTART:20250204T110000Z\nDTEND:20250204T120000Z\nDTSTAMP:20250130T090000Z\nUID:7kukuqrfedlm2f9t@google.com\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Planning\n{Ann}");

            // When it is imported
            var result = Import(ics);

            // Then one meeting hour counts, at the later revision's time
            MeetingHours(result).ShouldBe(1, 0.001);
            result.Meetings.ShouldBe([new TimeInterval(At("2025-02-04T15:00:00Z"), At("2025-02-04T16:00:00Z"))]);
        }

        [Theory]
        [InlineData("DTSTAMP:20250201T090000Z", "DTSTAMP:20250130T090000Z")]
        [InlineData("DTSTAMP:20250130T090000Z\nLAST-MODIFIED:20250202T080000Z", "DTSTAMP:20250130T090000Z\nLAST-MODIFIED:20250131T080000Z")]
        public void With_equal_sequences_the_later_stamp_then_the_later_modification_wins(string newer, string older)
        {
            // Given an Outlook export with two copies of one event at the same SEQUENCE, the newer one written first
            var ics = Export("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
                $"UID:040000008200E00074C5B7101A82E00800000000\nSEQUENCE:2\n{newer}\nDTSTART:20250205T180000Z\nDTEND:20250205T190000Z\n{Ann}",
                $"UID:040000008200E00074C5B7101A82E00800000000\nSEQUENCE:2\n{older}\nDTSTART:20250205T140000Z\nDTEND:20250205T150000Z\n{Ann}");

            // When it is imported, then only the newer copy counts
            Import(ics).Meetings.ShouldBe([new TimeInterval(At("2025-02-05T18:00:00Z"), At("2025-02-05T19:00:00Z"))]);
        }

        [Fact]
        public void A_moved_instance_that_still_carries_the_series_rule_is_one_instance()
        {
            // Given a Thunderbird export of a three-week weekly meeting whose second week moved to Thursday, written with the RRULE
            var ics = Export("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "",
                $"CREATED:20250101T100000Z\nLAST-MODIFIED:20250101T100000Z\nDTSTAMP:20250101T100000Z\nUID:0c1c5a0e-4e4e-4a41-9a38-4e2c7bbd5a41\nSUMMARY:Sync\nRRULE:FREQ=WEEKLY;COUNT=3\nDTSTART:20250107T150000Z\nDTEND:20250107T160000Z\n{Ann}",
                $"CREATED:20250101T100000Z\nLAST-MODIFIED:20250110T100000Z\nDTSTAMP:20250110T100000Z\nUID:0c1c5a0e-4e4e-4a41-9a38-4e2c7bbd5a41\nSUMMARY:Sync\nRRULE:FREQ=WEEKLY;COUNT=3\nRECURRENCE-ID:20250114T150000Z\nDTSTART:20250116T150000Z\nDTEND:20250116T160000Z\nSEQUENCE:1\nX-MOZ-GENERATION:2\n{Ann}");

            // When it is imported
            var result = Import(ics);

            // Then three hours count: the first and third weeks, and the moved meeting once
            MeetingHours(result).ShouldBe(3, 0.001);
            result.Meetings.Select(m => m.Start).Order().ShouldBe([At("2025-01-07T15:00:00Z"), At("2025-01-16T15:00:00Z"), At("2025-01-21T15:00:00Z")]);
        }
    }

    public sealed class Rules
    {
        [Fact]
        public void A_rule_part_that_does_not_exist_is_a_warning_with_file_line_and_only_the_first_instance_counts()
        {
            // Given an export whose weekly rule misspells UNTIL, on line 12
            var ics = Export("-//Apple Inc.//macOS 14.5//EN", "X-WR-CALNAME:Work",
                $"UID:8D5C0A1E-3C1B-4E7F-9B1D-2A7E0C9F6B11\nDTSTAMP:20250101T000000Z\nDTSTART;TZID=America/New_York:20250107T100000\nDTEND;TZID=America/New_York:20250107T110000\nRRULE:FREQ=WEEKLY;UNTL=20250121\n{Ann}");
            var warnings = new WarningLog();

            // When it is imported
            var result = Import(ics, warnings: warnings);

            // Then the series does not run for ever: DTSTART alone counts, and the warning says so without quoting the value
            result.Meetings.Count.ShouldBe(1);
            var warning = warnings.Kept.ShouldHaveSingleItem();
            warning.Location.ShouldBe("boss.ics:12");
            warning.Message.ShouldContain("RRULE");
            warning.Message.ShouldContain("only DTSTART is counted");
            warning.Message.ShouldNotContain("UNTL");
            warning.Message.ShouldNotContain("20250121");
        }

        [Fact]
        public void A_negative_count_beside_until_is_ignored_with_a_warning_and_the_series_kept()
        {
            // Given a Confluence team calendar export: FREQ=WEEKLY;UNTIL=...;COUNT=-1
            var ics = Export("-//Atlassian Confluence//Calendar Plugin 1.0//EN", "X-WR-CALNAME:Team\nX-MIGRATED-FOR-USER-KEY:true",
                $"DTSTAMP:20250103T101010Z\nSUMMARY:Retro\nDTSTART;TZID=America/New_York:20250108T130000\nDTEND;TZID=America/New_York:20250108T140000\nUID:20250103T101010Z-1234567@confluence\nRRULE:FREQ=WEEKLY;UNTIL=20250205T180000Z;COUNT=-1\nSEQUENCE:0\n{Ann}");
            var warnings = new WarningLog();

            // When it is imported
            var result = Import(ics, warnings: warnings);

            // Then the five Wednesdays up to UNTIL count, and the warning names COUNT and UNTIL
            result.Meetings.Count.ShouldBe(5);
            MeetingHours(result).ShouldBe(5, 0.001);
            warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("COUNT below 1 beside UNTIL; COUNT is ignored");
        }

        [Fact]
        public void Repeated_values_in_a_by_list_are_one_value_and_use_count_once()
        {
            // Given an Evolution export whose rule writes BYHOUR and BYMINUTE values twice, and the same rule without repeats
            string Evolution(string rule) => Export("-//Ximian//NONSGML Evolution Calendar//EN", "",
                $"UID:20250101T080000Z-4711-1000-1-0@laptop\nDTSTAMP:20250101T080000Z\nDTSTART:20250107T090000Z\nDURATION:PT10M\nRRULE:{rule}\nX-EVOLUTION-CALDAV-ETAG:1\n{Ann}");
            var repeated = Evolution("FREQ=DAILY;BYHOUR=9,10,9;BYMINUTE=0,20,0;COUNT=8");
            var plain = Evolution("FREQ=DAILY;BYHOUR=9,10;BYMINUTE=0,20;COUNT=8");

            // When both are expanded
            var occurrences = Occurrences(repeated, Quarter);

            // Then they are the same eight distinct instances
            occurrences.Count.ShouldBe(8);
            occurrences.Select(o => o.Start).Distinct().Count().ShouldBe(8);
            occurrences.ShouldBe(Occurrences(plain, Quarter));
        }

        [Fact]
        public void An_rdate_the_rule_already_makes_is_listed_once()
        {
            // Given an Apple export whose weekly one-on-one also lists its second week as an RDATE
            var ics = Export("-//Apple Inc.//macOS 14.5//EN", "",
                $"UID:3A0E5E52-1B1F-4C33-8A9E-3F1E2B3C4D5E\nDTSTAMP:20250101T000000Z\nDTSTART;TZID=America/New_York:20250107T100000\nDTEND;TZID=America/New_York:20250107T103000\nRRULE:FREQ=WEEKLY;COUNT=3\nRDATE;TZID=America/New_York:20250114T100000,20250116T100000\n{Ann}");

            // When it is imported and explained
            var result = Import(ics, explain: "boss");

            // Then explain lists each of the four instances once
            result.Explained.Select(e => e.Start).ShouldBe(result.Explained.Select(e => e.Start).Distinct().ToList());
            result.Explained.Count.ShouldBe(4);
        }
    }

    public sealed class Overrides
    {
        private const string Series =
            $"UID:040000008200E00074C5B7101A82E0080000000050C4\nDTSTAMP:20250101T000000Z\nDTSTART;TZID=America/New_York:20250106T100000\nDTEND;TZID=America/New_York:20250106T110000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5\n{Ann}";

        [Fact]
        public void This_and_future_moves_that_instance_and_every_later_one_by_the_same_change()
        {
            // Given a weekly Monday 10:00-11:00 series of five; from the third week on it moves to 13:00 and lasts 30 minutes
            var ics = Export("-//Apple Inc.//iCal 4.0.4//EN", "", Series,
                $"UID:040000008200E00074C5B7101A82E0080000000050C4\nDTSTAMP:20250115T000000Z\nSEQUENCE:1\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/New_York:20250120T100000\nDTSTART;TZID=America/New_York:20250120T130000\nDTEND;TZID=America/New_York:20250120T133000\n{Ann}");
            var warnings = new WarningLog();

            // When it is imported
            var result = Import(ics, warnings: warnings);

            // Then weeks one and two keep 10:00 for an hour; weeks three to five are at 13:00 for half an hour
            result.Meetings.OrderBy(m => m.Start).ShouldBe([
                new TimeInterval(At("2025-01-06T15:00:00Z"), At("2025-01-06T16:00:00Z")),
                new TimeInterval(At("2025-01-13T15:00:00Z"), At("2025-01-13T16:00:00Z")),
                new TimeInterval(At("2025-01-20T18:00:00Z"), At("2025-01-20T18:30:00Z")),
                new TimeInterval(At("2025-01-27T18:00:00Z"), At("2025-01-27T18:30:00Z")),
                new TimeInterval(At("2025-02-03T18:00:00Z"), At("2025-02-03T18:30:00Z"))]);
            warnings.Count.ShouldBe(0);
        }

        [Fact]
        public void A_single_override_after_a_this_and_future_change_still_replaces_its_instance()
        {
            // Given the same change from week three, and week four moved alone to Tuesday
            var ics = Export("-//Apple Inc.//iCal 4.0.4//EN", "", Series,
                $"UID:040000008200E00074C5B7101A82E0080000000050C4\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/New_York:20250120T100000\nDTSTART;TZID=America/New_York:20250120T130000\nDTEND;TZID=America/New_York:20250120T133000\n{Ann}",
                $"UID:040000008200E00074C5B7101A82E0080000000050C4\nRECURRENCE-ID;TZID=America/New_York:20250127T100000\nDTSTART;TZID=America/New_York:20250128T090000\nDTEND;TZID=America/New_York:20250128T093000\n{Ann}");

            // When it is imported, then week four is only on Tuesday
            var starts = Import(ics).Meetings.Select(m => m.Start).Order().ToList();
            starts.ShouldBe([At("2025-01-06T15:00:00Z"), At("2025-01-13T15:00:00Z"), At("2025-01-20T18:00:00Z"), At("2025-01-28T14:00:00Z"), At("2025-02-03T18:00:00Z")]);
        }

        [Fact]
        public void A_moved_instance_the_series_no_longer_makes_is_dropped_with_a_warning()
        {
            // Given a Google export: a weekly series later ended after two weeks, still holding the moved fourth week
            var ics = Export("-//Google Inc//Google Calendar 70.9054//EN", "X-WR-TIMEZONE:America/New_York",
                $"DTSTART;TZID=America/New_York:20250106T100000\nDTEND;TZID=America/New_York:20250106T110000\nRRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20250113T150000Z;BYDAY=MO\nDTSTAMP:20250201T000000Z\nUID:0f8cbd5qjvrc1v2q2t6fdl2n8k@google.com\nSEQUENCE:2\n{Ann}",
                $"DTSTART;TZID=America/New_York:20250128T100000\nDTEND;TZID=America/New_York:20250128T110000\nDTSTAMP:20250201T000000Z\nUID:0f8cbd5qjvrc1v2q2t6fdl2n8k@google.com\nRECURRENCE-ID;TZID=America/New_York:20250127T100000\nSEQUENCE:1\n{Ann}");
            var warnings = new WarningLog();

            // When it is imported
            var result = Import(ics, warnings: warnings);

            // Then the two weeks of the series count, the orphaned instance does not, and a warning names its BEGIN:VEVENT line
            result.Meetings.Select(m => m.Start).Order().ShouldBe([At("2025-01-06T15:00:00Z"), At("2025-01-13T15:00:00Z")]);
            var warning = warnings.Kept.ShouldHaveSingleItem();
            warning.Location.ShouldBe("boss.ics:16");
            warning.Message.ShouldContain("RECURRENCE-ID names no instance");
        }

        [Fact]
        public void A_moved_instance_whose_week_is_excluded_is_still_counted()
        {
            // Given an Outlook export whose moved week is also listed in EXDATE
            var ics = Export("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "",
                Series + "\nEXDATE;TZID=America/New_York:20250113T100000",
                $"UID:040000008200E00074C5B7101A82E0080000000050C4\nRECURRENCE-ID;TZID=America/New_York:20250113T100000\nDTSTART;TZID=America/New_York:20250114T100000\nDTEND;TZID=America/New_York:20250114T110000\n{Ann}");

            // When it is imported, then the moved meeting counts once and the excluded Monday not at all
            var starts = Import(ics).Meetings.Select(m => m.Start).Order().ToList();
            starts.ShouldBe([At("2025-01-06T15:00:00Z"), At("2025-01-14T15:00:00Z"), At("2025-01-20T15:00:00Z"), At("2025-01-27T15:00:00Z"), At("2025-02-03T15:00:00Z")]);
        }
    }

    public sealed class AgainstIcalNet
    {
        [Fact]
        public void Generated_series_with_moved_excluded_and_added_instances_match_Ical_Net()
        {
            // Given series in several zones with some instances moved (and resized), some excluded and some added by RDATE
            var zones = Gen.OneOfConst("America/New_York", "Europe/Berlin", "UTC", "Asia/Kolkata");
            var rules = Gen.OneOfConst("FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=DAILY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=2WE", "FREQ=WEEKLY;INTERVAL=2",
                "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
            var starts = Gen.Select(Gen.Int[0, 80], Gen.Int[7, 18], Gen.OneOfConst(0, 30), (d, h, m) => new DateTime(2025, 1, 1).AddDays(d).AddHours(h).AddMinutes(m));
            var edits = Gen.Select(Gen.Int[0, 20].Array[0, 3], Gen.Int[-2880, 2880], Gen.Int[0, 20].Array[0, 2], Gen.Int[1, 3]);
            Gen.Select(zones, rules, starts, Gen.Int[4, 20], edits).Sample((zone, rule, start, count, edit) =>
            {
                var (moved, shift, excluded, added) = edit;
                var series = $"UID:s\nDTSTART;TZID={zone}:{start:yyyyMMdd'T'HHmmss}\nDURATION:PT45M\nRRULE:{rule};COUNT={count}";
                // Clients write RECURRENCE-ID and EXDATE in the series' zone, so the instants are turned back into its wall-clock time.
                var instances = Occurrences(Ics(series), Quarter, zone)
                    .Select(o => TimeZoneInfo.ConvertTimeFromUtc(DateTimeOffset.FromUnixTimeSeconds(o.Start).UtcDateTime, TimeZoneNames.Find(zone)!)).ToList();
                if (instances.Count == 0)
                {
                    return;
                }

                var exdates = excluded.Select(i => instances[i % instances.Count]).Except(moved.Select(i => instances[i % instances.Count])).Distinct().ToList();
                var text = series + string.Concat(exdates.Select(x => $"\nEXDATE;TZID={zone}:{x:yyyyMMdd'T'HHmmss}"))
                    + string.Concat(Enumerable.Range(1, added).Select(a => $"\nRDATE:{start.AddDays(a * 3).AddMinutes(7):yyyyMMdd'T'HHmmss}"));
                var overrides = moved.Select(i => instances[i % instances.Count]).Distinct().Select(at =>
                    $"UID:s\nRECURRENCE-ID;TZID={zone}:{at:yyyyMMdd'T'HHmmss}\nDTSTART;TZID={zone}:{at.AddMinutes(shift):yyyyMMdd'T'HHmmss}\nDURATION:PT{20 + (Math.Abs(shift) % 60)}M");
                var ics = Ics([text.Replace("RDATE:", $"RDATE;TZID={zone}:", StringComparison.Ordinal), .. overrides]);

                // When both expand it, then every occurrence agrees
                Occurrences(ics, Quarter, zone).ShouldBe(IcalNetOccurrences(ics, Quarter), ics);
            }, iter: 300);
        }
    }

    public sealed class DefaultZone
    {
        private static string Google(string zone) => Export("-//Google Inc//Google Calendar 70.9054//EN", $"X-WR-CALNAME:Cy\nX-WR-TIMEZONE:{zone}",
            $"DTSTART:20250108T090000\nDTEND:20250108T100000\nDTSTAMP:20250101T000000Z\nUID:5q1n0q2b3c@google.com\n{Ann}");

        [Fact]
        public void Floating_times_use_the_calendars_zone_when_the_person_has_none()
        {
            // Given a Google export naming Europe/Berlin, for cy who has no timezone in people.csv
            var result = Import(Google("Europe/Berlin"), "cy");

            // Then 09:00 floating is 09:00 in Berlin
            result.Meetings.ShouldBe([new TimeInterval(At("2025-01-08T08:00:00Z"), At("2025-01-08T09:00:00Z"))]);
        }

        [Fact]
        public void The_persons_own_zone_comes_before_the_calendars()
        {
            // Given the same export for boss, whose people.csv zone is America/New_York
            var result = Import(Google("Europe/Berlin"), "boss");

            // Then 09:00 floating is 09:00 in New York
            result.Meetings.ShouldBe([new TimeInterval(At("2025-01-08T14:00:00Z"), At("2025-01-08T15:00:00Z"))]);
        }

        [Fact]
        public void An_unknown_calendar_zone_is_a_warning_and_floating_times_stay_utc()
        {
            var warnings = new WarningLog();

            var result = Import(Google("Mars/Olympus_Mons"), "cy", warnings);

            result.Meetings.ShouldBe([new TimeInterval(At("2025-01-08T09:00:00Z"), At("2025-01-08T10:00:00Z"))]);
            warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("X-WR-TIMEZONE");
        }
    }
}
