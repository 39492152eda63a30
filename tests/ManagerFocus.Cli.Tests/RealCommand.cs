using System.Diagnostics;

namespace ManagerFocus.Cli.Tests;

/// <summary>Runs the built `managerfocus` as its own process, stdout and stderr redirected, as a script or a pipe would.</summary>
internal static class RealCommand
{
    public static CliResult Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ManagerFocus.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    /// <summary>The repository's root folder (where ManagerFocus.slnx is), found above the test's output folder.</summary>
    public static string SourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ManagerFocus.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ManagerFocus.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a program to the end in a folder and returns its stdout; a failure fails the test with its stderr.</summary>
    public static string Tool(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {stdout}{stderr.GetAwaiter().GetResult()}");
        return stdout;
    }
}
