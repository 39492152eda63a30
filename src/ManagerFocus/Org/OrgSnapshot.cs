namespace ManagerFocus.Org;

/// <summary>
/// The organization as one people snapshot describes it (docs/definitions.md, "Dated org chart"): each person's row
/// in it, or null when they are absent, and their manager's index, or -1 for a root or an absent person.
/// </summary>
public sealed class OrgSnapshot
{
    private readonly Person?[] _rows;
    private readonly int[] _managers;
    private readonly List<int>[] _reports;

    internal OrgSnapshot(string path, DateOnly? effectiveDate, Person?[] rows, int[] managers)
    {
        Path = path;
        EffectiveDate = effectiveDate;
        _rows = rows;
        _managers = managers;
        _reports = new List<int>[rows.Length];
        for (var person = 0; person < rows.Length; person++)
        {
            if (managers[person] >= 0)
            {
                (_reports[managers[person]] ??= []).Add(person);
            }
        }
    }

    /// <summary>The people file the snapshot came from.</summary>
    public string Path { get; }

    /// <summary>The first day of the snapshot as written; null for a file without effective dates.</summary>
    public DateOnly? EffectiveDate { get; }

    /// <summary>First day the snapshot is in force; the first snapshot is in force for every day before it too.</summary>
    public DateOnly From { get; internal set; } = DateOnly.MinValue;

    /// <summary>First day the next snapshot is in force (exclusive end); <see cref="DateOnly.MaxValue"/> for the last.</summary>
    public DateOnly To { get; internal set; } = DateOnly.MaxValue;

    /// <summary>The person's row in this snapshot, or null when they are not in it.</summary>
    public Person? RowOf(int person) => _rows[person];

    /// <summary>The person's manager in this snapshot, or -1.</summary>
    public int ManagerOf(int person) => _managers[person];

    /// <summary>Everyone whose manager is this person in this snapshot, employed or not.</summary>
    public IReadOnlyList<int> ReportsOf(int manager) => _reports[manager] ?? (IReadOnlyList<int>)[];

    /// <summary>The days [from, to) the person is in this snapshot's organization and employed; empty when to is not after from.</summary>
    public (DateOnly From, DateOnly To) EmploymentOf(int person)
    {
        if (_rows[person] is not { } row)
        {
            return (From, From);
        }

        var from = row.StartDate is { } start && start > From ? start : From;
        var to = row.EndDate is { } end && end < To ? end : To;
        return (from, to);
    }
}
