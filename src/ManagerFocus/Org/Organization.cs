using ManagerFocus.Diagnostics;

namespace ManagerFocus.Org;

/// <summary>
/// The people, their dated reporting lines (one <see cref="OrgSnapshot"/> per effective date) and identities;
/// immutable once built. Each person appears once in <see cref="People"/>, as their latest snapshot row describes them.
/// </summary>
public sealed class Organization
{
    private readonly Dictionary<string, Person> _byId;
    private readonly List<Person>[] _reports;
    private readonly OrgSnapshot[] _snapshots;

    internal Organization(IReadOnlyList<Person> people, IdentityIndex identities, IReadOnlyList<OrgSnapshot> snapshots)
    {
        People = people;
        Identities = identities;
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _snapshots = [.. snapshots];
        for (var i = 0; i < _snapshots.Length; i++)
        {
            _snapshots[i].From = i == 0 ? DateOnly.MinValue : _snapshots[i].EffectiveDate!.Value;
            _snapshots[i].To = i + 1 < _snapshots.Length ? _snapshots[i + 1].EffectiveDate!.Value : DateOnly.MaxValue;
        }

        _reports = new List<Person>[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            _reports[i] = [];
        }

        // Everyone who reports to a manager in some snapshot, once each, in index order.
        var managers = new List<int>();
        for (var person = 0; person < people.Count; person++)
        {
            managers.Clear();
            foreach (var snapshot in _snapshots)
            {
                var manager = snapshot.ManagerOf(person);
                if (manager >= 0 && !managers.Contains(manager))
                {
                    managers.Add(manager);
                    _reports[manager].Add(people[person]);
                }
            }
        }
    }

    public IReadOnlyList<Person> People { get; }

    public IdentityIndex Identities { get; }

    /// <summary>The snapshots in order of their effective dates; a file without dates gives exactly one.</summary>
    public IReadOnlyList<OrgSnapshot> Snapshots => _snapshots;

    public Person this[int index] => People[index];

    public Person? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The snapshot in force on a day: the latest effective on or before it, else the first.</summary>
    public OrgSnapshot SnapshotOn(DateOnly day)
    {
        var (low, high) = (0, _snapshots.Length - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_snapshots[middle].From <= day)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _snapshots[low];
    }

    /// <summary>The person's manager as the last snapshot that holds them names it, or null for a root.</summary>
    public Person? ManagerOf(Person person) =>
        person.ManagerId is { } id ? _byId.GetValueOrDefault(id) : null;

    /// <summary>The person's manager on a day (the snapshot in force), or -1 for a root or someone absent that day.</summary>
    public int ManagerOn(int person, DateOnly day) => SnapshotOn(day).ManagerOf(person);

    /// <summary>Everyone whose manager is this person in some snapshot, employed or not.</summary>
    public IReadOnlyList<Person> ReportsOf(Person manager) => _reports[manager.Index];

    /// <summary>True when someone reports to someone in some snapshot: without a reporting line there is no manager to report on.</summary>
    public bool HasReportingLine => Array.Exists(_reports, reports => reports.Count > 0);

    /// <summary>Throws a user error naming <paramref name="path"/> when the organization has nobody or no reporting line.</summary>
    public void RequireReportingLine(string path)
    {
        if (People.Count == 0)
        {
            throw new UserError($"{path}: no usable person (every row lacks an id or a name); the report needs people and their managers.");
        }

        if (!HasReportingLine)
        {
            throw new UserError($"{path}: no row names a manager (manager_id or manager_email is empty or names nobody everywhere), "
                + "so there is no manager to report on; add each person's manager.");
        }
    }

    /// <summary>True when the person is in the snapshot in force on the day and employed then.</summary>
    public bool IsEmployedOn(int person, DateOnly day) => SnapshotOn(day).RowOf(person)?.IsEmployedOn(day) == true;

    /// <summary>Direct reports on the given day: reporting to the manager in the snapshot in force, and employed.</summary>
    public IReadOnlyList<Person> DirectReportsOn(Person manager, DateOnly day)
    {
        var snapshot = SnapshotOn(day);
        return snapshot.ReportsOf(manager.Index).Where(r => snapshot.RowOf(r)!.IsEmployedOn(day)).Select(r => People[r]).ToList();
    }

    /// <summary>True when <paramref name="manager"/> is the manager of <paramref name="report"/> on the day.</summary>
    public bool IsManagerOn(int manager, int report, DateOnly day) => manager >= 0 && ManagerOn(report, day) == manager;

    /// <summary>The days the person was in the organization and employed, one range per snapshot (possibly empty).</summary>
    public IEnumerable<(DateOnly From, DateOnly To)> EmploymentOf(int person) =>
        _snapshots.Select(s => s.EmploymentOf(person));

    /// <summary>The days <paramref name="report"/> was employed as a report of <paramref name="manager"/>, one range per snapshot.</summary>
    public IEnumerable<(DateOnly From, DateOnly To)> ReportingOf(int manager, int report) =>
        _snapshots.Where(s => s.ManagerOf(report) == manager).Select(s => s.EmploymentOf(report));
}
