using System.Collections.Concurrent;
using TimeZoneConverter;

namespace ManagerFocus.Time.Calendar;

/// <summary>Finds a zone by the names exports write: IANA, Windows ("Eastern Standard Time") or a path ending in an IANA name.</summary>
internal static class TimeZoneNames
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest zone name looked up; IANA and Windows names are under 64 characters (docs/definitions.md, "Bounds").</summary>
    public const int MaxNameLength = 256;

    /// <summary>Distinct names remembered; a file inventing names cannot grow the cache past this.</summary>
    private const int MaxCached = 10_000;

    public static TimeZoneInfo? Find(string name) =>
        Cache.TryGetValue(name, out var zone) ? zone : Cache.Count < MaxCached ? Cache.GetOrAdd(name, Lookup) : Lookup(name);

    private static TimeZoneInfo? Lookup(string name)
    {
        var trimmed = name.Trim().Trim('"');
        if (trimmed.Length is 0 or > MaxNameLength)
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
