using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Lists the .ics files of the --calendar paths, and finds each one's owner by id or email.</summary>
public static class CalendarFiles
{
    /// <summary>Every .ics file a path names: itself, or those below a folder, in a stable order.</summary>
    public static List<string> List(IEnumerable<string> paths, WarningLog warnings) =>
        [.. paths.SelectMany(path => Expand(path, warnings))];

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
                warnings.Add(IcsCalendarReader.Source, path(file),
                    "the file name is no person's id or email in the people file, so the calendar has no owner; skipped");
            }
        }

        return owned;
    }

    /// <summary>Files with their owners (tests and benchmarks).</summary>
    internal static List<(string Path, int Owner)> Find(IEnumerable<string> paths, Organization org, WarningLog warnings) =>
        Owned(List(paths, warnings), p => p, org, warnings);

    private static IEnumerable<string> Expand(string path, WarningLog warnings)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw UserError.MissingFile(path, "calendar file or folder");
        }

        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ics", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            warnings.Add(IcsCalendarReader.Source, path, "the folder holds no .ics file");
        }

        return files;
    }
}
