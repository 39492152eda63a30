namespace ManagerFocus.Storage;

/// <summary>Keeps one instance of each repeated string (logins, repositories) read from a result set.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var kept))
        {
            return kept;
        }

        _strings.Add(value, value);
        return value;
    }

    public string? InternNullable(string? value) => value is null ? null : Intern(value);
}
