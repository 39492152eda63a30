using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Sources.People;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>Builds organizations and .ics text for calendar tests.</summary>
internal static class CalendarTestKit
{
    /// <summary>Ical.Net has had static state that is not thread-safe (ical.net issues 40, 553); tests call it in turn.</summary>
    private static readonly Lock IcalNetGate = new();

    public static readonly Period Quarter = new(new DateOnly(2025, 1, 6), new DateOnly(2025, 4, 7));

    public const string People = """
        id,name,email,manager_id,timezone
        boss,Bea Boss,boss@acme.io,,America/New_York
        ann,Ann Lee,ann@acme.io,boss,America/New_York
        bob,Bob Ray,bob@acme.io,boss,Europe/Berlin
        cy,Cy Vale,cy@acme.io,,
        """;

    public static Organization Org(string csv = People) => OrganizationBuilder.Build(PeopleCsvReader.Read(new StringReader(csv), "people.csv", new WarningLog()), new WarningLog());

    /// <summary>Wraps VEVENT bodies in a calendar with CRLF line ends, as exports write them.</summary>
    public static string Ics(params string[] events) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n"
         + string.Concat(events.Select(e => $"BEGIN:VEVENT\n{e.Trim()}\nEND:VEVENT\n"))
         + "END:VCALENDAR\n").ReplaceLineEndings("\r\n");

    public static CalendarOccurrencesResult Import(string ics, string ownerId = "boss", WarningLog? warnings = null, Period? period = null, string? explain = null)
    {
        var org = Org();
        var owner = org.Find(ownerId)!.Index;
        var importer = new CalendarOccurrences(org, period ?? Quarter, explain is null ? -1 : org.Find(explain)!.Index);
        warnings ??= new WarningLog();
        return importer.Expand(new IcsCalendarReader($"{ownerId}.ics", warnings).Read(new StringReader(ics)), $"{ownerId}.ics", owner, warnings);
    }

    /// <summary>Every occurrence of every event overlapping the period, in unix seconds, sorted.</summary>
    public static List<TimeInterval> Occurrences(string ics, Period period, string ownerZone = "UTC", WarningLog? warnings = null)
    {
        warnings ??= new WarningLog();
        var org = Org();
        var parsed = new IcsCalendarReader("test.ics", warnings).Read(new StringReader(ics));
        var zones = new EventZones(parsed, TimeZoneNames.Find(ownerZone)!, "test.ics", warnings);
        var expander = new EventExpander(zones, period, "test.ics", warnings);
        var all = new List<TimeInterval>();
        foreach (var e in parsed.Events)
        {
            expander.Expand(e, all);
        }

        return [.. all.OrderBy(i => i.Start).ThenBy(i => i.End)];
    }

    /// <summary>The same occurrences as Ical.Net 5 computes them.</summary>
    public static List<TimeInterval> IcalNetOccurrences(string ics, Period period)
    {
        lock (IcalNetGate)
        {
            return IcalNetOccurrencesAlone(ics, period);
        }
    }

    private static List<TimeInterval> IcalNetOccurrencesAlone(string ics, Period period)
    {
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var end = new Ical.Net.DataTypes.CalDateTime(period.End.UtcDateTime, "UTC", true);
        return [.. Ical.Net.CollectionExtensions.TakeWhileBefore(calendar.GetOccurrences<Ical.Net.CalendarComponents.CalendarEvent>(), end)
            .Select(o => new TimeInterval(Unix(o.Period.StartTime), Unix(o.Period.EffectiveEndTime ?? o.Period.StartTime)))
            .Where(i => i.Start < period.EndUnix && (i.End > period.StartUnix || (i.End == i.Start && i.Start >= period.StartUnix)))
            .OrderBy(i => i.Start).ThenBy(i => i.End)];
    }

    private static long Unix(Ical.Net.DataTypes.CalDateTime time) =>
        new DateTimeOffset(DateTime.SpecifyKind(time.AsUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    public static long At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
}
