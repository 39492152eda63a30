using System.Buffers;
using System.Text;
using ManagerFocus.Activity;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// A calendar file's events as one value (calendar_files.events): for each event its line, UID and RECURRENCE-ID key
/// and its encoded data. Files are imported and replaced whole, and one row per file reads far faster than one per
/// event; the events read back share the file's bytes.
/// </summary>
public static class CalendarEventPack
{
    /// <summary>The events as one value, in their order.</summary>
    public static byte[] Pack(IReadOnlyList<CalendarEventRecord> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Sum(e => e.Data.Length + 48) + 8);
        Unsigned(buffer, (ulong)events.Count);
        foreach (var e in events)
        {
            Unsigned(buffer, (ulong)e.Line);
            Text(buffer, e.Uid);
            Text(buffer, e.RecurrenceId);
            Unsigned(buffer, (ulong)e.Data.Length);
            buffer.Write(e.Data.Span);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The events <paramref name="packed"/> holds, or null when the bytes are not a pack this build wrote.</summary>
    public static List<CalendarEventRecord>? Unpack(byte[] packed)
    {
        var position = 0;
        try
        {
            var count = Count(packed, ref position);
            var events = new List<CalendarEventRecord>(count);
            for (var i = 0; i < count; i++)
            {
                var line = checked((int)Unsigned(packed, ref position));
                var uid = Text(packed, ref position);
                var recurrenceId = Text(packed, ref position);
                var length = Count(packed, ref position);
                events.Add(new CalendarEventRecord(line, uid, recurrenceId, packed.AsMemory(position, length)));
                position += length;
            }

            return position == packed.Length ? events : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or OverflowException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static void Text(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            Unsigned(buffer, 0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Unsigned(buffer, (ulong)length + 1);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static string? Text(byte[] packed, ref int position)
    {
        var stored = Unsigned(packed, ref position);
        if (stored == 0)
        {
            return null;
        }

        var length = checked((int)(stored - 1));
        if (length > packed.Length - position)
        {
            throw new ArgumentException("a value longer than its bytes");
        }

        var text = Encoding.UTF8.GetString(packed, position, length);
        position += length;
        return text;
    }

    private static int Count(byte[] packed, ref int position)
    {
        var count = Unsigned(packed, ref position);
        return count <= (ulong)(packed.Length - position) ? (int)count : throw new ArgumentException("a count larger than its bytes");
    }

    private static void Unsigned(ArrayBufferWriter<byte> buffer, ulong value) => VarInt.Write(buffer, value);

    private static ulong Unsigned(byte[] packed, ref int position) => VarInt.Read(packed, ref position);
}
