namespace ManagerFocus.Org;

/// <summary>Case-insensitive lookup from an email, git author name or GitHub login to a person's index.</summary>
public sealed class IdentityIndex
{
    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal IdentityIndex(Dictionary<string, int> byKey)
    {
        _byKey = byKey;
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byKey.Count;

    /// <summary>The person's index, or -1 when no one claims this identity.</summary>
    public int Resolve(string? key) => string.IsNullOrWhiteSpace(key) ? -1 : Resolve(key.AsSpan());

    public int Resolve(ReadOnlySpan<char> key)
    {
        key = key.Trim();
        return key.IsEmpty ? -1 : _bySpan.TryGetValue(key, out var index) ? index : -1;
    }
}
