using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ManagerFocus.Tests.Architecture;

/// <summary>The repository's own source files, found from this file's path or upwards from the test binaries.</summary>
internal static partial class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every .cs file under <paramref name="relativeFolder"/>, build output left out, as paths relative to that folder with '/' separators.</summary>
    public static IReadOnlyList<string> SourceFiles(string relativeFolder)
    {
        var folder = Path.Combine(Root, relativeFolder);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The text of a C# file with every // comment (doc comments too) cut out.</summary>
    public static string CodeOnly(string text) => LineComment().Replace(text, "");

    /// <summary>The // comments of a C# file (doc comments too), one entry per comment line.</summary>
    public static IEnumerable<string> Comments(string text) => LineComment().Matches(text).Select(m => m.Value);

    // A // that starts a comment: not inside a string on that line (no odd number of quotes before it) and not part of a URL.
    [GeneratedRegex("""(?m)(?<=^[^"\r\n]*(?:"[^"\r\n]*"[^"\r\n]*)*)(?<!:)//[^\r\n]*""")]
    private static partial Regex LineComment();

    private static string FindRoot([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(here), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ManagerFocus.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"no ManagerFocus.slnx above {here} or {AppContext.BaseDirectory}");
    }
}
