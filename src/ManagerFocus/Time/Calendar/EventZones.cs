using ManagerFocus.Activity.Calendar;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Time.Calendar;

/// <summary>Places a file's times: UTC, a named or VTIMEZONE-defined zone, or the owner's zone for floating times and dates.</summary>
internal sealed class EventZones(ParsedCalendar calendar, TimeZoneInfo ownerZone, string path, WarningLog warnings)
{
    private readonly Dictionary<string, TimeZoneInfo> _resolved = new(StringComparer.OrdinalIgnoreCase);

    public TimeZoneInfo Owner => ownerZone;

    /// <summary>The zone of floating times: the person's (people.csv), else the calendar's X-WR-TIMEZONE, else UTC.</summary>
    public static TimeZoneInfo Floating(ParsedCalendar calendar, string? personZone, string path, WarningLog warnings)
    {
        if (personZone is not null)
        {
            return TimeZoneNames.Find(personZone) ?? TimeZoneInfo.Utc;
        }

        if (calendar.DefaultZone is not { Length: > 0 } calendarZone)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneNames.Find(calendarZone) is { } zone)
        {
            return zone;
        }

        warnings.Add(CalendarWarning.Source, path, "X-WR-TIMEZONE names no known time zone; floating times are read as UTC");
        return TimeZoneInfo.Utc;
    }

    /// <summary>The zone of <paramref name="time"/>; floating times and dates take <paramref name="floating"/>.</summary>
    public TimeZoneInfo ZoneOf(IcsTime time, TimeZoneInfo floating, int line) => time.Kind switch
    {
        IcsTimeKind.Utc => TimeZoneInfo.Utc,
        IcsTimeKind.Zoned => Find(time.TzId!, line),
        _ => floating,
    };

    public long ToUnix(IcsTime time, TimeZoneInfo floating, int line) => ZoneClock.ToUnix(time.Local, ZoneOf(time, floating, line));

    private TimeZoneInfo Find(string tzid, int line)
    {
        if (_resolved.TryGetValue(tzid, out var zone))
        {
            return zone;
        }

        zone = TimeZoneNames.Find(tzid);
        if (zone is null && calendar.Zones.TryGetValue(tzid, out var observances))
        {
            if (!VTimeZoneBuilder.TryBuild(tzid, observances, out zone, out var error))
            {
                warnings.Add(CalendarWarning.Source, $"{path}:{line}", error);
            }
        }

        if (zone is null)
        {
            warnings.Add(CalendarWarning.Source, $"{path}:{line}",
                $"unknown time zone in TZID (not IANA, not Windows, no usable VTIMEZONE); the owner's zone {ownerZone.Id} is used");
            zone = ownerZone;
        }

        _resolved[tzid] = zone;
        return zone;
    }
}
