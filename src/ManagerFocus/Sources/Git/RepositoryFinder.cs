using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Git;

/// <summary>Finds the repositories a --git path names: itself, or those found below a folder, without entering a found one.</summary>
internal static class RepositoryFinder
{
    public static List<string> Find(string path, WarningLog warnings)
    {
        if (File.Exists(path))
        {
            warnings.Add(GitImporter.Source, path, "is a file, not a git repository or a folder of them; skipped");
            return [];
        }

        if (!Directory.Exists(path))
        {
            warnings.Add(GitImporter.Source, path, "not found; check the --git path");
            return [];
        }

        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(path));
        while (pending.TryPop(out var folder))
        {
            if (IsRepository(folder))
            {
                found.Add(folder);
                continue;
            }

            try
            {
                foreach (var child in new DirectoryInfo(folder).EnumerateDirectories())
                {
                    // Symbolic links could loop or lead out of the folder the user named.
                    if (!child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        pending.Push(child.FullName);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(GitImporter.Source, folder, $"folder cannot be searched for repositories ({e.Message})");
            }
        }

        if (found.Count == 0)
        {
            warnings.Add(GitImporter.Source, path, "no git repository found (neither a .git folder nor a bare repository)");
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    public static bool IsRepository(string folder) => Path.Exists(Path.Combine(folder, ".git")) || IsBare(folder);

    public static bool IsBare(string folder) =>
        File.Exists(Path.Combine(folder, "HEAD"))
        && Directory.Exists(Path.Combine(folder, "objects"))
        && Directory.Exists(Path.Combine(folder, "refs"));
}
