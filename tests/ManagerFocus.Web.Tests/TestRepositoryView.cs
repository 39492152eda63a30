using System.Diagnostics;

namespace ManagerFocus.Web.Tests;

/// <summary>The git CLI on an existing repository: add an empty commit, read every commit subject.</summary>
internal sealed class TestRepositoryView(string path)
{
    public void Commit(string name, string email, string when, string message) =>
        Git(["commit", "-q", "--allow-empty", "-m", message], (name, email, when));

    public IEnumerable<string> Subjects() => Git(["log", "--all", "--format=%s"], null).Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct();

    private string Git(string[] args, (string Name, string Email, string When)? author)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = path };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        if (author is var (name, email, when))
        {
            start.Environment["GIT_AUTHOR_NAME"] = name;
            start.Environment["GIT_AUTHOR_EMAIL"] = email;
            start.Environment["GIT_AUTHOR_DATE"] = when;
            start.Environment["GIT_COMMITTER_NAME"] = name;
            start.Environment["GIT_COMMITTER_EMAIL"] = email;
            start.Environment["GIT_COMMITTER_DATE"] = when;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        return output.Result;
    }
}
