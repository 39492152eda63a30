using System.Runtime.CompilerServices;
using System.Text;
using ManagerFocus.Activity.Calendar;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>
/// A calendar kept as its activity record (what a workspace stores) is expanded and classified exactly as the file it
/// came from, and holds none of the file's free text.
/// </summary>
public sealed class CalendarRecordsTests
{
    private static readonly Period Wide = new(new DateOnly(1995, 1, 1), new DateOnly(2030, 1, 1));

    public static TheoryData<string> Files() => [.. Directory.EnumerateFiles(Data(), "*.ics", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Data(), f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_record_decoded_from_its_data_gives_the_same_occurrences_and_classes_as_the_file(string file)
    {
        // Given a real export, and its record as a workspace keeps it
        var path = Path.Combine(Data(), file);
        var record = CalendarRecords.Read(path, new WarningLog());

        // When both are expanded and classified for the same owner over thirty-five years
        var org = CalendarTestKit.Org();
        var importer = new CalendarOccurrences(org, Wide);
        var owner = org.Find("boss")!.Index;
        var direct = importer.Expand(CalendarRecords.Parse(path, new WarningLog()), path, owner, new WarningLog());
        var decodeWarnings = new WarningLog();
        var fromRecord = importer.Expand(CalendarRecords.NewDecoder().Events(record, decodeWarnings), path, owner, new WarningLog());

        // Then every occurrence, meeting, one-on-one and count agrees
        decodeWarnings.Kept.ShouldBeEmpty();
        fromRecord.Occurrences.ShouldBe(direct.Occurrences);
        fromRecord.CountedOccurrences.ShouldBe(direct.CountedOccurrences);
        fromRecord.Meetings.ShouldBe(direct.Meetings);
        fromRecord.OneOnOneTime.ShouldBe(direct.OneOnOneTime);
        fromRecord.OneOnOnes.ShouldBe(direct.OneOnOnes);
    }

    [Fact]
    public void A_record_holds_times_rules_and_people_but_no_title_description_location_or_name()
    {
        // Given an event with every kind of free text an export carries
        const string secret = "secret-9b1f";
        var ics = Ics($"""
            UID:weekly@example.com
            DTSTART;TZID=Europe/Berlin:20260105T100000
            DTEND;TZID=Europe/Berlin:20260105T110000
            RRULE:FREQ=WEEKLY;COUNT=4
            SUMMARY:{secret}
            DESCRIPTION:{secret}
            LOCATION:{secret}
            COMMENT:{secret}
            ORGANIZER;CN={secret}:mailto:boss@acme.test
            ATTENDEE;CN={secret};PARTSTAT=DECLINED:mailto:ann@acme.test
            X-ALT-DESC;FMTTYPE=text/html:{secret}
            """);
        var path = Path.Combine(Path.GetTempPath(), $"mf-record-{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, ics);
        try
        {
            // When it is read into its record
            var record = CalendarRecords.Read(path, new WarningLog());

            // Then the record keeps what counts, and nothing of the free text
            var data = record.Events.ShouldHaveSingleItem().Data.ToArray();
            Encoding.UTF8.GetString(data).ShouldNotContain(secret);
            Encoding.Latin1.GetString(data).ShouldNotContain(secret);
            record.Zones.ShouldNotContain(secret);
            var decoded = CalendarRecords.NewDecoder().Events(record, new WarningLog()).Events.ShouldHaveSingleItem();
            decoded.Rules.ShouldHaveSingleItem().Count.ShouldBe(4);
            decoded.Organizer.ShouldBe(new EventPerson("boss@acme.test", false, false));
            decoded.Attendees.ShouldBe([new EventPerson("ann@acme.test", false, true)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Data([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data");
}
