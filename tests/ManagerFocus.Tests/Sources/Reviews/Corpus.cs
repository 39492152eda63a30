using System.Runtime.CompilerServices;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Real GitHub API objects from github3.py (BSD-3, see Corpus/LICENSE), read from beside this source file.</summary>
internal static class Corpus
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder(), "Corpus", name));

    private static string Folder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
