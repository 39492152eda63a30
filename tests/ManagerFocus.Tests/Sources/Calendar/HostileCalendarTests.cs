using System.Diagnostics;
using System.Text;
using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>Calendar files shaped by an attacker: nothing they hold is echoed, none stalls the run, one bad event costs only itself.</summary>
public sealed class HostileCalendarTests
{
    private const string Secret = "TOPSECRET";
    private static readonly Period October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1));

    private static string Event(string start, params string[] lines) =>
        string.Join("\n", ["UID:" + Guid.NewGuid(), $"DTSTART:{start}", .. lines]);

    private static (List<TimeInterval> Occurrences, WarningLog Warnings) Read(string ics)
    {
        var warnings = new WarningLog();
        return (CalendarTestKit.Occurrences(ics, October, warnings: warnings), warnings);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Any_line_ending_reads_the_same_events(string ending)
    {
        var ics = CalendarTestKit.Ics(
            Event("20261005T100000Z", "DTEND:20261005T110000Z", $"SUMMARY:{Secret} merger", $"DESCRIPTION:{Secret}"),
            Event("20261006T100000Z", "DTEND:20261006T113000Z")).ReplaceLineEndings(ending);

        var (occurrences, warnings) = Read(ics);

        occurrences.Count.ShouldBe(2);
        warnings.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("END: " + Secret + " plans")]
    [InlineData("BEGIN: " + Secret + " plans")]
    [InlineData("END:" + Secret)]
    [InlineData(Secret + "-PROPERTY;X=" + Secret + ":" + Secret)]
    [InlineData(Secret + " no colon at all")]
    public void A_stray_description_line_is_described_never_quoted(string stray)
    {
        var ics = CalendarTestKit.Ics(Event("20261005T100000Z", "DTEND:20261005T110000Z", "DESCRIPTION:first line", stray));

        var (_, warnings) = Read(ics);

        warnings.Kept.ShouldAllBe(w => !w.Message.Contains(Secret) && !w.Location.Contains(Secret));
    }

    [Theory]
    [InlineData("RRULE:FREQ=DAILY;COUNT=2147483648")]
    [InlineData("RRULE:FREQ=DAILY;COUNT=4294967297")]
    [InlineData("RRULE:FREQ=DAILY;INTERVAL=99999999999999999999")]
    [InlineData("DURATION:P999999999W")]
    [InlineData("DURATION:P99999W99999W99999W99999W99999W99999W99999W99999W")]
    [InlineData("SEQUENCE:99999999999")]
    public void An_out_of_range_number_is_a_warning_on_its_event_and_the_rest_of_the_file_counts(string hostile)
    {
        var ics = CalendarTestKit.Ics(
            Event("20261005T100000Z", "DTEND:20261005T110000Z", hostile),
            Event("20261007T100000Z", "DTEND:20261007T110000Z"));

        var (occurrences, warnings) = Read(ics);

        warnings.Kept.ShouldNotBeEmpty();
        occurrences.ShouldContain(o => o.Start == CalendarTestKit.At("2026-10-07T10:00:00Z"));
    }

    [Theory]
    [InlineData("BEGIN:X\n", "END:Y\n")]
    [InlineData("BEGIN:VEVENT\n", "END:VTODO\n")]
    [InlineData("BEGIN:VCALENDAR\n", "END:VEVENT\n")]
    public void Unmatched_begin_and_end_lines_are_read_in_linear_time(string begin, string end)
    {
        var ics = "BEGIN:VCALENDAR\n" + string.Concat(Enumerable.Repeat(begin, 100_000)) + string.Concat(Enumerable.Repeat(end, 100_000));
        var watch = Stopwatch.StartNew();

        var (_, warnings) = Read(ics);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        warnings.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_property_with_many_parameters_and_a_long_zone_path_cost_linear_time()
    {
        var parameters = string.Concat(Enumerable.Repeat(";X-P=1", 150_000));
        var zone = string.Concat(Enumerable.Repeat("/a", 100_000));
        var ics = CalendarTestKit.Ics(
            Event("20261005T100000Z", $"ATTENDEE{parameters}:mailto:a@example.com"),
            "UID:z\nDTSTART;TZID=" + zone + ":20261006T100000");
        var watch = Stopwatch.StartNew();

        Read(ics);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Generated_hostile_calendars_finish_quickly_in_bounded_memory_and_never_echo_their_text()
    {
        // Lines from RFC 5545's vocabulary and from an attacker's, in any order and number, with any line ending.
        var line = Gen.OneOfConst(
            "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE", "END:VTIMEZONE", "BEGIN:DAYLIGHT",
            $"BEGIN:{Secret}", $"END:{Secret}", $"X-{Secret}:{Secret}", $"{Secret}", $"DESCRIPTION:{Secret}", "DTSTART:20261005T100000Z",
            "DTSTART:00010101T000000Z", "DTSTART;TZID=/x/y/z/" + Secret + ":20261005T100000", "DTEND:20261005T110000Z", "DURATION:P99999999W",
            "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "RRULE:FREQ=HOURLY;COUNT=2147483647", "RRULE:FREQ=MINUTELY;COUNT=4294967297",
            "RRULE:FREQ=YEARLY;BYSETPOS=-1,1;BYDAY=MO,TU;BYHOUR=1,2,3;BYMINUTE=1,2", "RRULE:FREQ=DAILY;UNTIL=99991231", "EXDATE:20261006T100000Z",
            "RDATE;VALUE=PERIOD:20261005T100000Z/P9999W", "RECURRENCE-ID:20261005T100000Z", "TZID:" + Secret, "TZOFFSETTO:+9999",
            "ATTENDEE;CN=\"" + Secret + "\":mailto:" + Secret + "@example.com", " folded " + Secret);
        var ending = Gen.OneOfConst("\n", "\r", "\r\n");
        var file = Gen.Select(line.Array[1, 200], ending, (lines, eol) => "BEGIN:VCALENDAR" + eol + string.Join(eol, lines) + eol);
        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();

        file.Sample(ics =>
        {
            var warnings = new WarningLog();
            CalendarTestKit.Import(ics, warnings: warnings, period: October);
            warnings.Kept.ShouldAllBe(w => !w.Message.Contains(Secret, StringComparison.OrdinalIgnoreCase));
        }, iter: 300, threads: 1);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        (GC.GetTotalAllocatedBytes() - before).ShouldBeLessThan(8L << 30);
    }

    [Fact]
    public void A_folder_with_links_to_itself_a_device_and_a_pipe_is_walked_once_and_only_regular_files_are_read()
    {
        using var folder = new TempFolder();
        var real = folder.Write("ann.ics", CalendarTestKit.Ics(Event("20261005T100000Z", "DTEND:20261005T110000Z")));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop-a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop-b"), folder.Path);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.ics"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "gone.ics"), Path.Combine(folder.Path, "nothing-here"));
        var fifo = Path.Combine(folder.Path, "pipe.ics");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var warnings = new WarningLog();
        var watch = Stopwatch.StartNew();

        var files = CalendarFiles.List([folder.Path], warnings);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        files.ShouldBe([real]);
        warnings.Kept.Select(w => Path.GetFileName(w.Location)).ShouldBe(["gone.ics", "pipe.ics", "zero.ics"], ignoreOrder: true);
        Should.Throw<UserError>(() => CalendarFiles.List([Path.Combine(folder.Path, "zero.ics")], new WarningLog()));
    }
}
