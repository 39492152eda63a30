namespace ManagerFocus.Tests;

/// <summary>A fresh folder per test, deleted afterwards, so tests running in parallel never share files.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "managerfocus-test-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file under the folder (creating subfolders) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A test that left a process holding a file must not fail on clean-up.
        }
    }
}
