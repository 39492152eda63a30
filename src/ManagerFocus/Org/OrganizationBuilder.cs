using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Org;

/// <summary>Checks people as a whole (ids, managers, cycles, identities) and builds the <see cref="Organization"/>.</summary>
public sealed class OrganizationBuilder(string path, WarningLog warnings)
{
    private const string Source = "people";

    private readonly List<Person> _people = [];
    private readonly Dictionary<string, int> _lineById = new(StringComparer.Ordinal);

    /// <summary>The organization of one people file's rows: ids, managers, cycles and identities checked as a whole.</summary>
    public static Organization Build(PeopleFile file, WarningLog warnings)
    {
        var builder = new OrganizationBuilder(file.Path, warnings);
        foreach (var row in file.Rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    public void Add(PersonRecord row)
    {
        var line = row.Line;
        var where = $"{path}:{line}";
        if (row.Id is null || row.Name is null)
        {
            warnings.Add(Source, where, $"row has no {(row.Id is null ? "id" : "name")}; skipped");
            return;
        }

        if (_lineById.TryGetValue(row.Id, out var firstLine))
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

        _lineById[row.Id] = line;
        _people.Add(new Person
        {
            Index = _people.Count,
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
        });
    }

    public Organization Build()
    {
        var people = _people.Select(DropUnknownManager).ToList();
        RejectCycles(people);
        return new Organization(people, BuildIdentities(people));
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

    private Person DropUnknownManager(Person person)
    {
        if (person.ManagerId is null || _lineById.ContainsKey(person.ManagerId))
        {
            return person;
        }

        warnings.Add(Source, $"{path}:{person.Line}",
            $"manager_id '{person.ManagerId}' of '{person.Id}' names nobody in the file; '{person.Id}' is treated as a root");
        return person with { ManagerId = null };
    }

    private void RejectCycles(List<Person> people)
    {
        var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);

        // 0 = unvisited, 1 = on the current chain, 2 = known to reach a root.
        var state = new byte[people.Count];
        foreach (var start in people)
        {
            var chain = new List<Person>();
            var current = start;
            while (current is not null && state[current.Index] == 0)
            {
                state[current.Index] = 1;
                chain.Add(current);
                current = current.ManagerId is { } m ? byId[m] : null;
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

    private IdentityIndex BuildIdentities(List<Person> people)
    {
        var owner = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var contested = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (person.Email is not null)
            {
                keys.Add(person.Email);
            }

            keys.UnionWith(person.Aliases);
            foreach (var key in keys)
            {
                if (owner.TryGetValue(key, out var other) && other != person.Index)
                {
                    if (contested.Add(key))
                    {
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

        return new IdentityIndex(owner);
    }
}
