namespace ManagerFocus.Activity.Calendar;

/// <summary>What one .ics file holds that the importer needs: its events and its VTIMEZONE definitions.</summary>
internal sealed record ParsedCalendar(List<CalendarEvent> Events, Dictionary<string, List<ZoneObservance>> Zones)
{
    /// <summary>X-WR-TIMEZONE (Google, Apple): the calendar's own zone, for floating times when the owner has none.</summary>
    public string? DefaultZone { get; init; }
}
