using System.Runtime.CompilerServices;

namespace ManagerFocus.Time.Calendar;

/// <summary>Wall-clock to instant in a zone, resolved as RFC 5545 and Ical.Net do: a skipped time moves forward, a repeated one takes the first.</summary>
internal static class ZoneClock
{
    private static readonly ConditionalWeakTable<TimeZoneInfo, DayOffsets> Days = [];

    public static long ToUnix(DateTime local, TimeZoneInfo zone)
    {
        var wall = (local.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        if (ReferenceEquals(zone, TimeZoneInfo.Utc))
        {
            return wall;
        }

        // Most days have one offset all day; those are cached so the hot path skips TimeZoneInfo's rule search.
        var offset = Days.GetValue(zone, z => new DayOffsets(z)).Of(local);
        return wall - (offset == DayOffsets.Changing ? (long)Resolve(local, zone).TotalSeconds : offset);
    }

    public static DateTime ToLocal(long unix, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.UnixEpoch.AddSeconds(unix), zone);

    private static TimeSpan Resolve(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap, so 02:30 on a spring-forward day reads as 03:30.
            return zone.GetUtcOffset(local.AddHours(-3));
        }

        return zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
    }

    /// <summary>Offset in seconds of each local day from 1970 to 2100 with no transition; filled lazily a year at a time, races are harmless.</summary>
    private sealed class DayOffsets(TimeZoneInfo zone)
    {
        public const int Changing = int.MinValue;
        private const int Unknown = int.MaxValue;
        private const int FirstYear = 1970;
        private readonly int[]?[] _years = new int[]?[2100 - FirstYear];

        public int Of(DateTime local)
        {
            var year = local.Year - FirstYear;
            if ((uint)year >= (uint)_years.Length)
            {
                return Changing;
            }

            var days = _years[year] ??= Filled();
            var offset = days[local.DayOfYear - 1];
            if (offset == Unknown)
            {
                offset = days[local.DayOfYear - 1] = Compute(local.Date);
            }

            return offset;
        }

        private int Compute(DateTime day)
        {
            var first = Resolve(day, zone);
            var last = Resolve(day.AddDays(1).AddTicks(-TimeSpan.TicksPerSecond), zone);
            var invalid = zone.IsInvalidTime(day) || zone.IsAmbiguousTime(day);
            return first == last && !invalid ? (int)first.TotalSeconds : Changing;
        }

        private static int[] Filled()
        {
            var array = new int[366];
            Array.Fill(array, Unknown);
            return array;
        }
    }
}
