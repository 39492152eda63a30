using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Lists the .ics files of the --calendar paths and finds each one's owner by id or email.</summary>
internal static class CalendarFiles
{
    public static List<(string Path, int Owner)> Find(IEnumerable<string> paths, Organization org, WarningLog warnings)
    {
        var byId = org.People.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
        var byEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in org.People.Where(p => p.Email is not null))
        {
            byEmail.TryAdd(person.Email!, person.Index);
        }

        var files = new List<(string, int)>();
        foreach (var path in paths)
        {
            foreach (var file in Expand(path, warnings))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (byId.TryGetValue(name, out var owner) || byEmail.TryGetValue(name, out owner))
                {
                    files.Add((file, owner));
                }
                else
                {
                    warnings.Add(IcsCalendarReader.Source, file,
                        $"the file name '{name}' is no person's id or email in the people file, so the calendar has no owner; skipped");
                }
            }
        }

        return files;
    }

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
