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
        switch (InputFiles.Of(path))
        {
            case InputFiles.Kind.Regular:
                return [path];
            case InputFiles.Kind.Missing:
                throw UserError.MissingFile(path, "calendar file or folder");
            case InputFiles.Kind.Other:
                throw UserError.Unreadable(path, "not a regular file (a device, a pipe or a socket); give an .ics file or a folder of them");
        }

        var files = InputFiles.Walk(path, ".ics", IcsCalendarReader.Source, warnings);
        if (files.Count == 0)
        {
            warnings.Add(IcsCalendarReader.Source, path, "the folder holds no .ics file");
        }

        return files;
    }
}
