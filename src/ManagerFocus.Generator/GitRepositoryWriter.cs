using System.Diagnostics;
using System.Text;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Generator;

/// <summary>Creates one real repository with the git CLI: init, pipe a fast-import stream, check out main.</summary>
internal static class GitRepositoryWriter
{
    public static int Write(string folder, FastImportWriter stream, IReadOnlyList<PlannedCommit> commits)
    {
        Directory.CreateDirectory(folder);
        Run(folder, null, "init", "-q", "-b", "main");
        var written = 0;
        Run(folder, input => written = stream.Write(input, commits), "fast-import", "--quiet", "--done");
        Run(folder, null, "reset", "-q", "--hard");
        return written;
    }

    private static void Run(string folder, Action<TextWriter>? feed, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = feed is not null,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // fast-import grows its pools in tiny steps; a glibc top pad turns ~20 brk calls per commit into a handful.
        start.Environment["MALLOC_TOP_PAD_"] = "67108864";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("gc.auto=0");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = StartGit(start);
        var errors = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEndAsync();
        if (feed is not null)
        {
            using var input = new StreamWriter(git.StandardInput.BaseStream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            feed(input);
        }

        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new UserError($"{folder}: git {args[0]} failed: {errors.Result.Trim()} {output.Result.Trim()}".Trim());
        }
    }

    private static Process StartGit(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new UserError("could not start git; install git to generate repositories.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UserError($"could not start git ({e.Message}); install git to generate repositories.");
        }
    }
}
