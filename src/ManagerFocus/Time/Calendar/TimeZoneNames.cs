using System.Collections.Concurrent;
using TimeZoneConverter;

namespace ManagerFocus.Time.Calendar;

/// <summary>Finds a zone by the names exports write: IANA, Windows ("Eastern Standard Time") or a path ending in an IANA name.</summary>
internal static class TimeZoneNames
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static TimeZoneInfo? Find(string name) => Cache.GetOrAdd(name, Lookup);

    private static TimeZoneInfo? Lookup(string name)
    {
        var trimmed = name.Trim().Trim('"');
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed is "UTC" or "GMT" or "Z" or "Etc/UTC" or "Etc/GMT")
        {
            return TimeZoneInfo.Utc;
        }

        if (TZConvert.TryGetTimeZoneInfo(trimmed, out var zone))
        {
            return zone;
        }

        // Mozilla and Evolution prefix IANA names: /mozilla.org/20050126_1/America/New_York.
        var slash = trimmed.IndexOf('/', 1);
        while (slash > 0)
        {
            if (TZConvert.TryGetTimeZoneInfo(trimmed[(slash + 1)..], out zone))
            {
                return zone;
            }

            slash = trimmed.IndexOf('/', slash + 1);
        }

        return null;
    }
}
