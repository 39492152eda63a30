using System.Collections.Concurrent;
using System.Text;

namespace ManagerFocus.Sources.Calendar;

/// <summary>
/// One string per distinct short UTF-8 value, shared by the threads that decode a workspace's calendars: the same
/// addresses and zone names recur in every file, and are kept once instead of once per event.
/// </summary>
internal sealed class StringTable
{
    /// <summary>Longer values are rare (an unusual rule or address) and are not kept.</summary>
    private const int MaxPooledLength = 256;

    /// <summary>Past this many distinct values the table stops growing; values are still decoded, just not shared.</summary>
    private const int MaxEntries = 1 << 20;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringTable() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = new string(text);
        return _strings.Count < MaxEntries ? _strings.GetOrAdd(made, made) : made;
    }
}
