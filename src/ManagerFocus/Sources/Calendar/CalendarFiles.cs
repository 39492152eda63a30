using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Lists the .ics files of the --calendar paths.</summary>
public static class CalendarFiles
{
    /// <summary>Every .ics file a path names: itself, or those below a folder, in a stable order.</summary>
    public static List<string> List(IEnumerable<string> paths, WarningLog warnings) =>
        [.. paths.SelectMany(path => Expand(path, warnings))];

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
