using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Reviews;

/// <summary>Reads GitHub pull-request and review JSON (docs/definitions.md, "Inputs") into one <see cref="ReviewExport"/> per file.</summary>
public static class ReviewImporter
{
    public const string Source = ReviewImport.Source;

    public static IReadOnlyList<ReviewExport> Read(IEnumerable<string> paths, WarningLog warnings)
    {
        var import = new ReviewImport(warnings);
        // A file named twice (itself and through its folder) is read once.
        foreach (var file in paths.SelectMany(path => Files(path, warnings)).DistinctBy(Path.GetFullPath, StringComparer.Ordinal))
        {
            import.ReadFile(file);
        }

        return import.Exports;
    }

    /// <summary>The file itself, or every .json file under a folder in a stable order.</summary>
    public static IReadOnlyList<string> Files(string path, WarningLog warnings)
    {
        switch (InputFiles.Of(path))
        {
            case InputFiles.Kind.Regular:
                return [path];
            case InputFiles.Kind.Missing:
                throw UserError.MissingFile(path, "review file or folder");
            case InputFiles.Kind.Other:
                throw UserError.Unreadable(path, "not a regular file (a device, a pipe or a socket); give a JSON file or a folder of them");
        }

        var files = InputFiles.Walk(path, ".json", Source, warnings);
        return files.Count > 0 ? files
            : throw UserError.Unreadable(path, "the folder holds no .json files; give GitHub pull-request and review JSON exports");
    }
}
