using System.Buffers;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Unsigned LEB128 numbers, the length and number format of the encoded calendar events and their packs.</summary>
internal static class VarInt
{
    public static void Write(ArrayBufferWriter<byte> buffer, ulong value)
    {
        var span = buffer.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        buffer.Advance(n);
    }

    /// <summary>The number at <paramref name="position"/>, which moves past it; throws past the end or beyond 64 bits.</summary>
    public static ulong Read(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a number longer than 64 bits");
    }
}
