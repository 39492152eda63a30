using System.Text;

namespace ManagerFocus.Storage;

/// <summary>Keeps one instance of each repeated string (logins, repositories) read from a result set.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StringPool() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var kept))
        {
            return kept;
        }

        _strings.Add(value, value);
        return value;
    }

    /// <summary>The kept instance of UTF-8 text, decoded into a stack buffer first, so a string seen before allocates nothing.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        var chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
        if (_byChars.TryGetValue(chars, out var kept))
        {
            return kept;
        }

        var value = new string(chars);
        _strings.Add(value, value);
        return value;
    }

    public string? InternNullable(string? value) => value is null ? null : Intern(value);
}
