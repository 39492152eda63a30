using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Time.Calendar;

/// <summary>Finds each calendar file's owner: the person whose id or email is the file name without .ics.</summary>
internal static class CalendarOwners
{
    /// <summary>
    /// Each file's owner: the person whose id or email is the file name without .ics. A file without one is warned
    /// about and left out.
    /// </summary>
    internal static List<(T File, int Owner)> Owned<T>(IEnumerable<T> files, Func<T, string> path, Organization org, WarningLog warnings)
    {
        var byId = org.People.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
        var byEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in org.People.Where(p => p.Email is not null))
        {
            byEmail.TryAdd(person.Email!, person.Index);
        }

        var owned = new List<(T, int)>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(path(file));
            if (byId.TryGetValue(name, out var owner) || byEmail.TryGetValue(name, out owner))
            {
                owned.Add((file, owner));
            }
            else
            {
                warnings.Add(CalendarWarning.Source, path(file),
                    "the file name is no person's id or email in the people file, so the calendar has no owner; skipped");
            }
        }

        return owned;
    }
}
