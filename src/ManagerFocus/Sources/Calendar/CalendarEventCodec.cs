using System.Buffers;
using System.Text;
using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// Encodes what the reader kept of one VEVENT (times, rules, revisions, status, transparency, and the organizer's and
/// attendees' addresses with their role and answer) as compact bytes, and decodes them again without parsing text.
/// A workspace stores events this way; never a title, description, location, comment or name, since the event holds
/// none. Rules are kept as their RRULE text (<see cref="CalendarText.Rule"/>) and parsed again when decoded.
/// </summary>
internal static class CalendarEventCodec
{
    /// <summary>The first byte of every encoded event; a later layout takes another number.</summary>
    public const byte Version = 1;

    [Flags]
    private enum Parts : ushort
    {
        None = 0,
        End = 1 << 0,
        Duration = 1 << 1,
        RecurrenceId = 1 << 2,
        ThisAndFuture = 1 << 3,
        Cancelled = 1 << 4,
        TransparencyGiven = 1 << 5,
        Transparent = 1 << 6,
        Organizer = 1 << 7,
        Stamp = 1 << 8,
        LastModified = 1 << 9,
        Start = 1 << 10,
    }

    [Flags]
    private enum PersonFlags : byte
    {
        None = 0,
        Resource = 1,
        Declined = 2,
    }

    public static byte[] Encode(CalendarEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        var parts = Parts.None;
        parts |= e.Start is not null ? Parts.Start : 0;
        parts |= e.End is not null ? Parts.End : 0;
        parts |= e.Duration is not null ? Parts.Duration : 0;
        parts |= e.RecurrenceId is not null ? Parts.RecurrenceId : 0;
        parts |= e.ThisAndFuture ? Parts.ThisAndFuture : 0;
        parts |= e.Cancelled ? Parts.Cancelled : 0;
        parts |= e.Transparent is not null ? Parts.TransparencyGiven : 0;
        parts |= e.Transparent == true ? Parts.Transparent : 0;
        parts |= e.Organizer is not null ? Parts.Organizer : 0;
        parts |= e.Stamp is not null ? Parts.Stamp : 0;
        parts |= e.LastModified is not null ? Parts.LastModified : 0;

        Byte(buffer, Version);
        Unsigned(buffer, (ulong)parts);
        if (e.Start is { } start)
        {
            Time(buffer, start);
        }

        if (e.End is { } end)
        {
            Time(buffer, end);
        }

        if (e.Duration is { } duration)
        {
            Signed(buffer, duration.Ticks);
        }

        if (e.RecurrenceId is { } recurrenceId)
        {
            Time(buffer, recurrenceId);
        }

        Signed(buffer, e.Sequence);
        if (e.Stamp is { } stamp)
        {
            Signed(buffer, stamp.ToBinary());
        }

        if (e.LastModified is { } modified)
        {
            Signed(buffer, modified.ToBinary());
        }

        Rules(buffer, e.Rules);
        Rules(buffer, e.ExRules);
        Unsigned(buffer, (ulong)e.RDates.Count);
        foreach (var rdate in e.RDates)
        {
            Byte(buffer, (byte)((rdate.End is not null ? 1 : 0) | (rdate.Duration is not null ? 2 : 0)));
            Time(buffer, rdate.Start);
            if (rdate.End is { } rdateEnd)
            {
                Time(buffer, rdateEnd);
            }

            if (rdate.Duration is { } rdateLength)
            {
                Signed(buffer, rdateLength.Ticks);
            }
        }

        Unsigned(buffer, (ulong)e.ExDates.Count);
        foreach (var exdate in e.ExDates)
        {
            Time(buffer, exdate);
        }

        if (e.Organizer is { } organizer)
        {
            Person(buffer, organizer);
        }

        Unsigned(buffer, (ulong)e.Attendees.Count);
        foreach (var attendee in e.Attendees)
        {
            Person(buffer, attendee);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The event <paramref name="data"/> holds, with its line and UID from its record. Strings that repeat across events
    /// (addresses, zone names) come from <paramref name="strings"/>. False when the bytes are not an encoded event.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, int line, string? uid, StringTable strings, out CalendarEvent? decoded)
    {
        decoded = null;
        try
        {
            var reader = new Reader(data, strings);
            if (reader.Byte() != Version)
            {
                return false;
            }

            var parts = (Parts)reader.Unsigned();
            var e = new CalendarEvent { Line = line, Uid = uid };
            e.Start = parts.HasFlag(Parts.Start) ? reader.Time() : null;
            e.End = parts.HasFlag(Parts.End) ? reader.Time() : null;
            e.Duration = parts.HasFlag(Parts.Duration) ? new TimeSpan(reader.Signed()) : null;
            e.RecurrenceId = parts.HasFlag(Parts.RecurrenceId) ? reader.Time() : null;
            e.ThisAndFuture = parts.HasFlag(Parts.ThisAndFuture);
            e.Cancelled = parts.HasFlag(Parts.Cancelled);
            e.Transparent = parts.HasFlag(Parts.TransparencyGiven) ? parts.HasFlag(Parts.Transparent) : null;
            e.Sequence = checked((int)reader.Signed());
            e.Stamp = parts.HasFlag(Parts.Stamp) ? DateTime.FromBinary(reader.Signed()) : null;
            e.LastModified = parts.HasFlag(Parts.LastModified) ? DateTime.FromBinary(reader.Signed()) : null;
            if (!reader.Rules(e.Rules) || !reader.Rules(e.ExRules))
            {
                return false;
            }

            for (var n = reader.Count(); n > 0; n--)
            {
                var shape = reader.Byte();
                var rdateStart = reader.Time();
                IcsTime? rdateEnd = (shape & 1) != 0 ? reader.Time() : null;
                TimeSpan? rdateLength = (shape & 2) != 0 ? new TimeSpan(reader.Signed()) : null;
                e.RDates.Add(new RecurrenceDate(rdateStart, rdateEnd, rdateLength));
            }

            for (var n = reader.Count(); n > 0; n--)
            {
                e.ExDates.Add(reader.Time());
            }

            e.Organizer = parts.HasFlag(Parts.Organizer) ? reader.Person() : null;
            var attendees = reader.Count();
            e.Attendees.Capacity = attendees;
            for (var n = attendees; n > 0; n--)
            {
                e.Attendees.Add(reader.Person());
            }

            if (!reader.AtEnd)
            {
                return false;
            }

            decoded = e;
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException or FormatException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static void Rules(ArrayBufferWriter<byte> buffer, List<RecurrenceRule> rules)
    {
        Unsigned(buffer, (ulong)rules.Count);
        foreach (var rule in rules)
        {
            String(buffer, CalendarText.Rule(rule));
        }
    }

    private static void Time(ArrayBufferWriter<byte> buffer, IcsTime time)
    {
        Byte(buffer, (byte)time.Kind);
        Signed(buffer, time.Local.ToBinary());
        if (time.Kind == IcsTimeKind.Zoned)
        {
            String(buffer, time.TzId ?? "");
        }
    }

    private static void Person(ArrayBufferWriter<byte> buffer, EventPerson person)
    {
        Byte(buffer, (byte)((person.IsResource ? PersonFlags.Resource : 0) | (person.Declined ? PersonFlags.Declined : 0)));
        String(buffer, person.Address);
    }

    private static void String(ArrayBufferWriter<byte> buffer, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Unsigned(buffer, (ulong)length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static void Byte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void Signed(ArrayBufferWriter<byte> buffer, long value) => Unsigned(buffer, (ulong)((value << 1) ^ (value >> 63)));

    private static void Unsigned(ArrayBufferWriter<byte> buffer, ulong value) => VarInt.Write(buffer, value);

    private ref struct Reader(ReadOnlySpan<byte> data, StringTable strings)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;

        public readonly bool AtEnd => _pos == _data.Length;

        public byte Byte() => _data[_pos++];

        public ulong Unsigned() => VarInt.Read(_data, ref _pos);

        public long Signed()
        {
            var raw = Unsigned();
            return (long)(raw >> 1) ^ -(long)(raw & 1);
        }

        /// <summary>A list length, no larger than the bytes left (each entry takes at least one).</summary>
        public int Count()
        {
            var count = Unsigned();
            return count <= (ulong)(_data.Length - _pos) ? (int)count : throw new FormatException("a list longer than its bytes");
        }

        public IcsTime Time()
        {
            var kind = (IcsTimeKind)Byte();
            if (!Enum.IsDefined(kind))
            {
                throw new FormatException("an unknown time kind");
            }

            var local = DateTime.FromBinary(Signed());
            return new IcsTime(local, kind, kind == IcsTimeKind.Zoned ? String() : null);
        }

        public EventPerson Person()
        {
            var flags = (PersonFlags)Byte();
            return new EventPerson(String(), flags.HasFlag(PersonFlags.Resource), flags.HasFlag(PersonFlags.Declined));
        }

        public bool Rules(List<RecurrenceRule> rules)
        {
            for (var n = Count(); n > 0; n--)
            {
                if (!RecurrenceRuleParser.TryParse(String(), out var rule, out _))
                {
                    return false;
                }

                rules.Add(rule!);
            }

            return true;
        }

        public string String()
        {
            var length = Count();
            var text = strings.Get(_data.Slice(_pos, length));
            _pos += length;
            return text;
        }
    }
}
