using System.Globalization;
using System.Text;

namespace ManagerFocus.Benchmarks.Calendar;

/// <summary>Writes a people file and one realistic .ics export per person (about 300 occurrences each in the benchmark quarter).</summary>
internal static class CalendarSetGenerator
{
    private static readonly string[] Zones = ["America/New_York", "Europe/Berlin", "Eastern Standard Time", "Asia/Tokyo", "Pacific Standard Time"];
    private static readonly string[] WeekDays = ["MO", "TU", "WE", "TH", "FR"];

    public static (string People, string Calendars) Generate(string folder, int people, int seed = 7)
    {
        var calendars = Path.Combine(folder, "calendars");
        Directory.CreateDirectory(calendars);
        var peoplePath = Path.Combine(folder, "people.csv");
        using (var csv = new StreamWriter(peoplePath))
        {
            csv.WriteLine("id,name,email,manager_id,timezone");
            for (var i = 0; i < people; i++)
            {
                var manager = i == 0 ? "" : $"p{(i - 1) / 10}";
                csv.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p{i},Person {i},p{i}@bench.io,{manager},{Zones[i % 2]}"));
            }
        }

        var random = new Random(seed);
        for (var i = 0; i < people; i++)
        {
            File.WriteAllText(Path.Combine(calendars, $"p{i}.ics"), Calendar(i, people, random));
        }

        return (peoplePath, calendars);
    }

    private static string Calendar(int owner, int people, Random random)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Calendar//EN\r\n");
        var zone = Zones[random.Next(Zones.Length)];
        var manager = owner == 0 ? 1 : (owner - 1) / 10;
        string Other() => $"p{random.Next(people)}@bench.io";
        var uid = 0;
        void Event(string start, int minutes, string rule, params string[] attendees) => Write(start, minutes, rule, "", attendees);
        void Write(string start, int minutes, string rule, string extra, params string[] attendees)
        {
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:{owner}-{uid++}@bench.io\r\nDTSTAMP:20250101T000000Z\r\n{extra}");
            text.Append("SUMMARY:Quarterly planning for the platform team (confidential)\r\n");
            text.Append("DESCRIPTION:Agenda: review the roadmap\\, discuss hiring\\, and agree on next steps for the\r\n  migration. Dial-in details follow.\r\n");
            text.Append(CultureInfo.InvariantCulture, $"DTSTART;TZID={zone}:{start}\r\nDURATION:PT{minutes}M\r\n");
            if (rule.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"RRULE:{rule}\r\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"ORGANIZER;CN=Organizer:mailto:p{owner}@bench.io\r\n");
            foreach (var attendee in attendees)
            {
                text.Append(CultureInfo.InvariantCulture, $"ATTENDEE;CN=Someone;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{attendee}\r\n");
            }

            text.Append("END:VEVENT\r\n");
        }

        // Standup every weekday, a weekly one-on-one, three-day rituals, ten weekly meetings, a biweekly, a monthly and one-offs.
        Event("20241202T091500", 15, "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", Other(), Other(), Other());
        // The one-on-one skips one week and moves another, as real series do.
        Write("20241203T100000", 30, "FREQ=WEEKLY;BYDAY=TU", $"EXDATE;TZID={zone}:20250211T100000\r\n", $"p{manager}@bench.io");
        text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:{owner}-{uid - 1}@bench.io\r\nRECURRENCE-ID;TZID={zone}:20250304T100000\r\n"
            + $"DTSTART;TZID={zone}:20250305T153000\r\nDTEND;TZID={zone}:20250305T160000\r\nEND:VEVENT\r\n");
        Event("20241202T160000", 30, "FREQ=WEEKLY;BYDAY=MO,WE,FR", Other(), Other());
        Event("20241202T120000", 45, "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260101T000000Z", Other());
        for (var i = 0; i < 10; i++)
        {
            Event($"202412{2 + random.Next(5):D2}T{9 + i:D2}3000", 30 + (15 * random.Next(4)), $"FREQ=WEEKLY;BYDAY={WeekDays[random.Next(5)]}", Other(), Other());
        }

        Event("20241205T140000", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", Other());
        Event("20241227T150000", 60, "FREQ=MONTHLY;BYDAY=-1FR", Other(), Other());
        if (owner % 50 == 0)
        {
            // A rule beyond the native expander, so the Ical.Net fallback is part of the measured work.
            Event("20241202T090000", 20, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,14", Other());
        }

        for (var i = 0; i < 20; i++)
        {
            var day = new DateTime(2025, 1, 6).AddDays(random.Next(90));
            Event($"{day:yyyyMMdd}T{8 + random.Next(9):D2}0000", 60, "", Other());
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }
}
