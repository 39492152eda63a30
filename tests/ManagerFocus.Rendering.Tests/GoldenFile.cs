using System.Runtime.CompilerServices;
using System.Text;

namespace ManagerFocus.Rendering.Tests;

/// <summary>Compares rendered output with a file under Golden/, or rewrites it when MANAGERFOCUS_UPDATE_GOLDEN=1.</summary>
internal static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("MANAGERFOCUS_UPDATE_GOLDEN") == "1";

    public static string PathOf(string name, [CallerFilePath] string here = "") => Path.Combine(Folder(here), name);

    // Beside the source when it was built here; otherwise found upwards from the test binaries (bin/<config>/<tfm>/).
    private static string Folder(string here)
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(here) ?? ".", "Golden");
        if (Directory.Exists(besideSource))
        {
            return besideSource;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no Golden folder beside {here} or above {AppContext.BaseDirectory}");
    }

    /// <summary>Checks <paramref name="actual"/> against the golden file, both passed through <paramref name="normalize"/>.</summary>
    public static void Verify(string name, string actual, Func<string, string>? normalize = null)
    {
        var path = PathOf(name);
        if (Updating)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with MANAGERFOCUS_UPDATE_GOLDEN=1 to write it, then review it");
        normalize ??= text => text;
        var expected = normalize(File.ReadAllText(path).ReplaceLineEndings("\n"));
        var got = normalize(actual.ReplaceLineEndings("\n"));
        if (got != expected)
        {
            Assert.Fail($"{name} differs from the golden file at line {FirstDifference(expected, got)}; "
                + "if the change is intended, rerun with MANAGERFOCUS_UPDATE_GOLDEN=1 and review the diff.");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"{i + 1}:\n  expected: {Cut(left)}\n  actual:   {Cut(right)}";
            }
        }

        return "?";
    }

    private static string Cut(string line) => line.Length > 300 ? line[..300] + "..." : line;
}
