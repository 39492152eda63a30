namespace ManagerFocus.Org;

/// <summary>The people, their reporting lines and identities; immutable once built.</summary>
public sealed class Organization
{
    private readonly Dictionary<string, Person> _byId;
    private readonly List<Person>[] _reports;

    internal Organization(IReadOnlyList<Person> people, IdentityIndex identities)
    {
        People = people;
        Identities = identities;
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _reports = new List<Person>[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            _reports[i] = [];
        }

        foreach (var person in people)
        {
            if (person.ManagerId is { } managerId && _byId.TryGetValue(managerId, out var manager))
            {
                _reports[manager.Index].Add(person);
            }
        }
    }

    public IReadOnlyList<Person> People { get; }

    public IdentityIndex Identities { get; }

    public Person this[int index] => People[index];

    public Person? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The person's manager as the people file names it, or null for a root.</summary>
    public Person? ManagerOf(Person person) =>
        person.ManagerId is { } id ? _byId.GetValueOrDefault(id) : null;

    /// <summary>Everyone whose manager_id names this person, employed or not.</summary>
    public IReadOnlyList<Person> ReportsOf(Person manager) => _reports[manager.Index];

    /// <summary>Direct reports employed on the given day.</summary>
    public IReadOnlyList<Person> DirectReportsOn(Person manager, DateOnly day) =>
        _reports[manager.Index].Where(p => p.IsEmployedOn(day)).ToList();

    /// <summary>True when <paramref name="manager"/> is the manager_id of <paramref name="report"/>.</summary>
    public bool IsManagerOf(int manager, int report) =>
        People[report].ManagerId is { } id && _byId.TryGetValue(id, out var m) && m.Index == manager;
}
