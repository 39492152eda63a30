namespace ManagerFocus.Sources.Reviews;

/// <summary>Interns logins or repository names case-insensitively to dense ids, allocating each name once.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public NameTable()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    public string this[int id] => _names[id];

    public int Intern(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out var id))
        {
            return id;
        }

        id = _names.Count;
        var text = name.ToString();
        _ids.Add(text, id);
        _names.Add(text);
        return id;
    }
}
