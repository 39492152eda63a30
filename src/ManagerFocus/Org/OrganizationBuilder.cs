using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Org;

/// <summary>
/// Checks people as a whole and builds the <see cref="Organization"/>: rows are grouped into dated snapshots
/// (docs/definitions.md, "Dated org chart"), and ids, managers and cycles are checked within each snapshot.
/// </summary>
public sealed class OrganizationBuilder(WarningLog warnings)
{
    private const string Source = "people";

    private readonly List<string> _ids = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    /// <summary>The organization of one people file's rows.</summary>
    public static Organization Build(PeopleFile file, WarningLog warnings) => Build([file], warnings);

    /// <summary>The organization of every people file's snapshots: one per effective date (a file without dates is one).</summary>
    public static Organization Build(IReadOnlyList<PeopleFile> files, WarningLog warnings) =>
        new OrganizationBuilder(warnings).BuildAll(files);

    private Organization BuildAll(IReadOnlyList<PeopleFile> files)
    {
        var groups = Group(files);
        var dated = groups.Count > 1;
        var checkedGroups = groups.Select(g => Check(g, dated)).ToList();
        var people = new Person[_ids.Count];
        var keys = new HashSet<string>[_ids.Count];
        var snapshots = new List<OrgSnapshot>(checkedGroups.Count);
        foreach (var (group, rows) in checkedGroups)
        {
            var byIndex = new Person?[_ids.Count];
            foreach (var row in rows)
            {
                byIndex[row.Index] = row;
                people[row.Index] = row;
                var owned = keys[row.Index] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (row.Email is not null)
                {
                    owned.Add(row.Email);
                }

                owned.UnionWith(row.Aliases.Select(AliasKey));
            }

            var managers = new int[_ids.Count];
            Array.Fill(managers, -1);
            foreach (var row in rows)
            {
                managers[row.Index] = row.ManagerId is { } m ? _indexById[m] : -1;
            }

            RejectCycles(group.Path, rows, managers);
            snapshots.Add(new OrgSnapshot(group.Path, group.Date, byIndex, managers));
        }

        return new Organization(people, BuildIdentities(people, keys, snapshots), snapshots);
    }

    /// <summary>Rows grouped by snapshot: per file by effective date, ordered by date; a date given in two files is an error.</summary>
    private static List<(string Path, DateOnly? Date, List<PersonRecord> Rows)> Group(IReadOnlyList<PeopleFile> files)
    {
        var groups = new Dictionary<DateOnly, (string Path, DateOnly? Date, List<PersonRecord> Rows)>();
        foreach (var file in files)
        {
            foreach (var row in file.Rows)
            {
                // A file without effective dates is the organization for all time: it sorts before every dated snapshot.
                var key = row.EffectiveDate ?? DateOnly.MinValue;
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = (file.Path, row.EffectiveDate, []);
                }
                else if (group.Path != file.Path)
                {
                    var what = row.EffectiveDate is { } d ? $"the snapshot effective {d:yyyy-MM-dd}" : "a snapshot without effective_date";
                    throw new UserError($"{file.Path}:{row.Line}: {what} is also given in {group.Path}; give each snapshot in one file only.");
                }

                group.Rows.Add(row);
            }
        }

        if (groups.Count == 0)
        {
            groups[DateOnly.MinValue] = (files.Count > 0 ? files[0].Path : "people", null, []);
        }

        return [.. groups.OrderBy(g => g.Key).Select(g => g.Value)];
    }

    /// <summary>One snapshot's rows checked as today: skipped rows and bad values warned about, duplicate ids rejected.</summary>
    private ((string Path, DateOnly? Date) Group, List<Person> Rows) Check((string Path, DateOnly? Date, List<PersonRecord> Rows) group, bool dated)
    {
        var path = group.Path;
        var lineById = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<Person>(group.Rows.Count);
        var idByEmail = ManagerEmails(group.Rows);
        foreach (var row in group.Rows)
        {
            if (Row(path, WithManagerByEmail(path, row, idByEmail), lineById) is { } person)
            {
                rows.Add(person);
            }
        }

        var snapshotName = dated && group.Date is { } d ? $"the snapshot effective {d:yyyy-MM-dd}" : "the file";
        for (var i = 0; i < rows.Count; i++)
        {
            var person = rows[i];
            if (person.ManagerId is { } managerId && !lineById.ContainsKey(managerId))
            {
                warnings.Add(Source, $"{path}:{person.Line}",
                    $"manager_id '{managerId}' of '{person.Id}' names nobody in {snapshotName}; '{person.Id}' is treated as a root");
                rows[i] = person with { ManagerId = null };
            }
        }

        return ((path, group.Date), rows);
    }

    /// <summary>Each email of a snapshot's rows to the id of its one owner; an email two people give maps to null.</summary>
    private static Dictionary<string, string?> ManagerEmails(List<PersonRecord> rows)
    {
        var idByEmail = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!rows.Exists(r => r.ManagerEmail is not null))
        {
            return idByEmail;
        }

        foreach (var row in rows)
        {
            if (row is { Id: { } id, Email: { } email })
            {
                idByEmail[email] = idByEmail.TryGetValue(email, out var owner) && owner != id ? null : id;
            }
        }

        return idByEmail;
    }

    /// <summary>
    /// The row with its manager_id taken from manager_email (docs/definitions.md, "Inputs"): the person of the snapshot whose
    /// email it is. A manager_id given as well wins; an email that names nobody, or two people, is a warning.
    /// </summary>
    private PersonRecord WithManagerByEmail(string path, PersonRecord row, Dictionary<string, string?> idByEmail)
    {
        if (row.ManagerEmail is not { } email)
        {
            return row;
        }

        var where = $"{path}:{row.Line}";
        if (!idByEmail.TryGetValue(email, out var managerId))
        {
            if (row.ManagerId is null)
            {
                warnings.Add(Source, where, $"manager_email '{SafeText.Clean(email)}' of '{SafeText.Clean(row.Id)}' is nobody's email in the file; "
                    + "treated as a root");
            }

            return row;
        }

        if (managerId is null)
        {
            warnings.Add(Source, where, $"manager_email '{SafeText.Clean(email)}' is the email of two people; give manager_id for '{SafeText.Clean(row.Id)}'");
            return row;
        }

        if (row.ManagerId is { } given && given != managerId)
        {
            warnings.Add(Source, where, $"manager_id '{SafeText.Clean(given)}' and manager_email '{SafeText.Clean(email)}' name two people; manager_id is used");
            return row;
        }

        return row with { ManagerId = managerId };
    }

    private Person? Row(string path, PersonRecord row, Dictionary<string, int> lineById)
    {
        var line = row.Line;
        var where = $"{path}:{line}";
        if (row.Id is null || row.Name is null)
        {
            warnings.Add(Source, where, $"row has no {(row.Id is null ? "id" : "name")}; skipped");
            return null;
        }

        if (lineById.TryGetValue(row.Id, out var firstLine))
        {
            throw UserError.DuplicateId(path, line, row.Id, firstLine);
        }

        var (start, end) = (row.StartDate, row.EndDate);
        if (start is not null && end is not null && end <= start)
        {
            warnings.Add(Source, where, $"end_date {end:yyyy-MM-dd} is not after start_date {start:yyyy-MM-dd}; end_date ignored");
            end = null;
        }

        var timeZone = row.TimeZone;
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            warnings.Add(Source, where, $"timezone '{timeZone}' is not a known IANA zone; UTC is used");
            timeZone = null;
        }

        lineById[row.Id] = line;
        if (!_indexById.TryGetValue(row.Id, out var index))
        {
            index = _ids.Count;
            _indexById[row.Id] = index;
            _ids.Add(row.Id);
        }

        return new Person
        {
            Index = index,
            Id = row.Id,
            Name = row.Name,
            Email = row.Email,
            ManagerId = row.ManagerId,
            Title = row.Title,
            Team = row.Team,
            Level = row.Level,
            DeclaredTrack = ParseTrack(row.Track, where),
            Aliases = row.Aliases,
            StartDate = start,
            EndDate = end,
            TimeZone = timeZone,
            Line = line,
        };
    }

    private Track? ParseTrack(string? raw, string where)
    {
        switch (raw?.ToLowerInvariant())
        {
            case null:
                return null;
            case "ic":
                return Track.Ic;
            case "management":
                return Track.Management;
            case "hybrid":
                return Track.Hybrid;
            default:
                warnings.Add(Source, where, $"track '{raw}' is not one of ic, management, hybrid; ignored");
                return null;
        }
    }

    private static void RejectCycles(string path, List<Person> rows, int[] managers)
    {
        var byIndex = rows.ToDictionary(p => p.Index);

        // 0 = unvisited, 1 = on the current chain, 2 = known to reach a root.
        var state = new byte[managers.Length];
        foreach (var start in rows)
        {
            var chain = new List<Person>();
            var current = start;
            while (current is not null && state[current.Index] == 0)
            {
                state[current.Index] = 1;
                chain.Add(current);
                current = managers[current.Index] is >= 0 and var m ? byIndex[m] : null;
            }

            if (current is not null && state[current.Index] == 1)
            {
                var cycle = chain.SkipWhile(p => p.Index != current.Index).ToList();
                var first = cycle.MinBy(p => p.Line)!;
                var ids = cycle.Select(p => p.Id).Append(current.Id);
                throw UserError.ReportingCycle(path, first.Line, ids);
            }

            foreach (var person in chain)
            {
                state[person.Index] = 2;
            }
        }
    }

    /// <summary>Every email and alias a person had in any snapshot is theirs; one claimed by two people is nobody's.</summary>
    private IdentityIndex BuildIdentities(Person[] people, HashSet<string>[] keys, List<OrgSnapshot> snapshots)
    {
        var owner = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var contested = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (var key in keys[person.Index])
            {
                if (owner.TryGetValue(key, out var other) && other != person.Index)
                {
                    if (contested.Add(key))
                    {
                        var path = snapshots.Last(s => s.RowOf(person.Index) is not null).Path;
                        warnings.Add(Source, $"{path}:{person.Line}",
                            $"identity '{key}' is claimed by both '{people[other].Id}' and '{person.Id}'; it is attributed to neither");
                    }

                    continue;
                }

                owner[key] = person.Index;
            }
        }

        foreach (var key in contested)
        {
            owner.Remove(key);
        }

        return new IdentityIndex(owner, people.Where(p => p is not null).Select(p => (p.Name, p.Index)));
    }

    /// <summary>
    /// The identity an alias names: an email, git author name or login as written, or the email of a git author written
    /// as "Name &lt;email&gt;" (the form git and the unattributed-identity hint print).
    /// </summary>
    internal static string AliasKey(string alias)
    {
        var trimmed = alias.Trim();
        var open = trimmed.LastIndexOf('<');
        return open >= 0 && trimmed.EndsWith('>') && trimmed.Length - open > 2
            ? trimmed[(open + 1)..^1].Trim()
            : trimmed;
    }
}
