using ManagerFocus.Sources.Calendar;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage;

/// <summary>
/// The step of migration 2 that SQL cannot do: each calendar's events of schema 1, kept as content lines in
/// calendar_events, are read by the calendar reader and stored with their file as encoded data, inside the
/// migration's transaction; then calendar_events goes.
/// </summary>
internal static class CalendarEventUpgrade
{
    public const int Version = 2;

    public static void Run(SqlRunner sql, ILogger logger)
    {
        var files = new List<(long Id, string Path, string Zones, string? DefaultZone)>();
        using (var reader = sql.Reader(
                   """
                   SELECT f.source_id, s.key, f.zones, f.default_zone FROM calendar_files f JOIN sources s ON s.id = f.source_id
                   ORDER BY f.source_id
                   """))
        {
            while (reader.Read())
            {
                files.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        var converted = 0;
        foreach (var file in files)
        {
            var lines = new List<(int Line, string Text)>();
            var keys = new Dictionary<int, (string? Uid, string? RecurrenceId)>();
            using (var reader = sql.Reader("SELECT line, uid, recurrence_id, text FROM calendar_events WHERE source_id = @p0 ORDER BY line", file.Id))
            {
                while (reader.Read())
                {
                    var line = reader.GetInt32(0);
                    lines.Add((line, reader.GetString(3)));
                    keys[line] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                }
            }

            var record = CalendarRecords.FromText(file.Path, lines, file.Zones, file.DefaultZone);
            // The key columns stay as schema 1 wrote them.
            var events = record.Events.DistinctBy(e => e.Line)
                .Select(e => keys.TryGetValue(e.Line, out var key) ? e with { Uid = key.Uid, RecurrenceId = key.RecurrenceId } : e)
                .ToList();
            sql.Execute("UPDATE calendar_files SET events = @p0 WHERE source_id = @p1", CalendarEventPack.Pack(events), file.Id);
            converted += events.Count;
        }

        sql.Execute("DROP TABLE calendar_events");
        logger.LogInformation("Encoded {Events} calendar events of {Files} calendar files", converted, files.Count);
    }
}
