namespace ManagerFocus.Sources.Calendar;

/// <summary>Wall-clock to instant in a zone, resolved as RFC 5545 and Ical.Net do: a skipped time moves forward, a repeated one takes the first.</summary>
internal static class ZoneClock
{
    public static long ToUnix(DateTime local, TimeZoneInfo zone)
    {
        var wall = (local.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        if (ReferenceEquals(zone, TimeZoneInfo.Utc))
        {
            return wall;
        }

        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap, so 02:30 on a spring-forward day reads as 03:30.
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return wall - (long)offset.TotalSeconds;
    }

    public static DateTime ToLocal(long unix, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.UnixEpoch.AddSeconds(unix), zone);
}
