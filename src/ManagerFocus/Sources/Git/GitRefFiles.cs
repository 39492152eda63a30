namespace ManagerFocus.Sources.Git;

/// <summary>
/// Reads the commits a repository's branches, remote branches and tags point at straight from its ref files
/// (loose refs and packed-refs, git's "files" ref storage), so an import can tell that nothing changed without
/// starting git. Anything unusual (reftable storage, a linked worktree, an unreadable ref) gives null, and git is
/// asked instead.
/// </summary>
internal static class GitRefFiles
{
    private static readonly string[] Namespaces = ["refs/heads/", "refs/remotes/", "refs/tags/"];

    public static IReadOnlyList<string>? TryRead(string repository)
    {
        try
        {
            var gitDir = Directory.Exists(Path.Combine(repository, ".git")) ? Path.Combine(repository, ".git") : repository;
            if (!File.Exists(Path.Combine(gitDir, "HEAD")) || Directory.Exists(Path.Combine(gitDir, "reftable"))
                || File.Exists(Path.Combine(gitDir, "commondir")))
            {
                return null;
            }

            var refs = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!ReadPacked(Path.Combine(gitDir, "packed-refs"), refs))
            {
                return null;
            }

            foreach (var space in Namespaces)
            {
                var folder = Path.Combine(gitDir, space);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    var value = File.ReadAllText(file).Trim();
                    if (value.StartsWith("ref:", StringComparison.Ordinal))
                    {
                        // A symbolic ref (origin/HEAD) names a ref that is listed itself.
                        continue;
                    }

                    if (!IsHash(value))
                    {
                        return null;
                    }

                    refs[Path.GetRelativePath(gitDir, file).Replace('\\', '/')] = value;
                }
            }

            return [.. new SortedSet<string>(refs.Values, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool ReadPacked(string path, Dictionary<string, string> refs)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        foreach (var line in File.ReadLines(path))
        {
            // Comments (# pack-refs with: ...) and peeled tag lines (^hash) add no ref.
            if (line.Length == 0 || line[0] is '#' or '^')
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space < 0 || !IsHash(line[..space]))
            {
                return false;
            }

            var name = line[(space + 1)..];
            if (Namespaces.Any(n => name.StartsWith(n, StringComparison.Ordinal)))
            {
                refs[name] = line[..space];
            }
        }

        return true;
    }

    private static bool IsHash(string value) => value.Length is 40 or 64 && value.All(Uri.IsHexDigit);
}
