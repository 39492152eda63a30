using System.Diagnostics;

namespace ManagerFocus.Generator.Tests;

/// <summary>The demo organization generated once per test class into its own temp folder; tests only read it.</summary>
public sealed class DemoFixture : IDisposable
{
    public DemoFixture()
    {
        Folder = Directory.CreateTempSubdirectory("mf-demo-test-").FullName;
        Inputs = new OrganizationGenerator(GeneratorOptions.Demo).Generate(Folder);
    }

    public string Folder { get; }

    public GeneratedInputs Inputs { get; }

    public IEnumerable<string> Repositories => Directory.GetDirectories(Inputs.GitPaths[0]).Order(StringComparer.Ordinal);

    public IEnumerable<string> Calendars => Directory.GetFiles(Inputs.CalendarPaths[0], "*.ics").Order(StringComparer.Ordinal);

    public IEnumerable<string> ReviewFiles => Directory.GetFiles(Inputs.ReviewPaths[0], "*.json").Order(StringComparer.Ordinal);

    public static string Git(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repository);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, git.StandardError.ReadToEnd());
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run on cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: git marks pack files read-only on some systems.
        }
    }
}
