using System.Diagnostics;

namespace ManagerFocus.Tests.Sources.Git;

/// <summary>A throw-away repository built with the git CLI, with fixed author and committer dates.</summary>
internal sealed class TestRepository
{
    private TestRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// One temporary folder per test process holds every repository folder, and is deleted when the process exits, so the
    /// fixtures that never dispose (they are plain fields of test classes) leave nothing behind.
    /// </summary>
    private static readonly Lazy<string> ProcessFolder = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("managerfocus-git-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A git process still holding a file must not turn a green run red at exit.
            }
        };
        return root;
    });

    public static string NewFolder() => Directory.CreateDirectory(System.IO.Path.Combine(ProcessFolder.Value, Guid.NewGuid().ToString("N"))).FullName;

    public static TestRepository Init(string path, bool bare = false)
    {
        Directory.CreateDirectory(path);
        Run(path, null, bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"]);
        return new TestRepository(path);
    }

    public static TestRepository Clone(string from, string to, params string[] options)
    {
        Run(System.IO.Path.GetDirectoryName(to)!, null, ["clone", "-q", .. options, from, to]);
        return new TestRepository(to);
    }

    /// <summary>An empty commit by the given author at the given UTC time ("2026-01-05T09:00:00Z"); returns its hash.</summary>
    public string Commit(string name, string email, string when, string message = "work")
    {
        Run(Path, (name, email, when), ["commit", "-q", "--allow-empty", "-m", message]);
        return Git("rev-parse", "HEAD");
    }

    /// <summary>A merge commit of <paramref name="branch"/> into the current branch.</summary>
    public string Merge(string branch, string name, string email, string when, string? message = null)
    {
        Run(Path, (name, email, when), message is null ? ["merge", "-q", "--no-ff", "--no-edit", branch] : ["merge", "-q", "--no-ff", "-m", message, branch]);
        return Git("rev-parse", "HEAD");
    }

    public void WriteFile(string relative, string text) => File.WriteAllText(System.IO.Path.Combine(Path, relative), text);

    public string Git(params string[] args) => Run(Path, null, args);

    private static string Run(string folder, (string Name, string Email, string When)? author, string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The machine's own git configuration must not change what a test builds.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        var (name, email, when) = author ?? ("Test", "test@example.com", "2026-01-01T00:00:00Z");
        start.Environment["GIT_AUTHOR_NAME"] = name;
        start.Environment["GIT_AUTHOR_EMAIL"] = email;
        start.Environment["GIT_AUTHOR_DATE"] = when;
        start.Environment["GIT_COMMITTER_NAME"] = "Committer";
        start.Environment["GIT_COMMITTER_EMAIL"] = "committer@example.com";
        start.Environment["GIT_COMMITTER_DATE"] = when;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output.Result.Trim();
    }
}
