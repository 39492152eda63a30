using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Time.Calendar;

/// <summary>Builds a zone from a VTIMEZONE whose name is not a known zone, from its latest yearly STANDARD and DAYLIGHT rules.</summary>
internal static class VTimeZoneBuilder
{
    public static bool TryBuild(string tzid, IReadOnlyList<ZoneObservance> observances, out TimeZoneInfo? zone, out string error)
    {
        zone = null;
        error = "";
        var standard = observances.Where(o => !o.Daylight).MaxBy(o => o.Start);
        var daylight = observances.Where(o => o.Daylight).MaxBy(o => o.Start);
        if (standard is null)
        {
            error = "VTIMEZONE has no STANDARD part";
            return false;
        }

        var name = $"vtimezone:{tzid}";
        if (daylight?.Rule is null || standard.Rule is null)
        {
            zone = StandardOnly(name, standard);
            error = zone is null ? "VTIMEZONE has an impossible TZOFFSETTO" : "";
            return zone is not null;
        }

        if (!TryTransition(daylight, out var start) || !TryTransition(standard, out var end))
        {
            error = "VTIMEZONE uses a rule other than BYMONTH with one BYDAY; its standard offset is used all year";
            zone = StandardOnly(name, standard);
            return false;
        }

        try
        {
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, daylight.OffsetTo - standard.OffsetTo, start, end);
            zone = TimeZoneInfo.CreateCustomTimeZone(name, standard.OffsetTo, name, name, name, [rule]);
            return true;
        }
        catch (ArgumentException)
        {
            // Damaged exports give rules the runtime rejects, such as daylight starting when it ends.
            error = "VTIMEZONE has daylight-saving rules that contradict each other; its standard offset is used all year";
            zone = StandardOnly(name, standard);
            return false;
        }
    }

    private static TimeZoneInfo? StandardOnly(string name, ZoneObservance standard)
    {
        try
        {
            return TimeZoneInfo.CreateCustomTimeZone(name, standard.OffsetTo, name, name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryTransition(ZoneObservance observance, out TimeZoneInfo.TransitionTime transition)
    {
        transition = default;
        var rule = observance.Rule!;
        if (rule.Frequency != Frequency.Yearly || rule.ByMonth.Length != 1 || rule.ByDay.Length != 1 || rule.ByMonthDay.Length > 0)
        {
            return false;
        }

        var day = rule.ByDay[0];
        var week = day.Ordinal switch
        {
            -1 => 5,
            >= 1 and <= 4 => day.Ordinal,
            _ => 0,
        };
        if (week == 0)
        {
            return false;
        }

        var timeOfDay = new DateTime(1, 1, 1) + observance.Start.TimeOfDay;
        transition = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(timeOfDay, rule.ByMonth[0], week, day.Day);
        return true;
    }
}
