using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources.Git;

/// <summary>
/// Streams <c>git log</c> of every branch, remote branch and tag (no merges, no diffs) through a pooled buffer.
/// Measured faster than LibGit2Sharp (bench/git-import.md), and git applies the .mailmap itself.
/// </summary>
internal sealed class GitLogReader(string gitExecutable = "git")
{
    // Hash, author time, mailmapped author email and name; git strips newlines from identities.
    private const string Format = "--format=%H%x00%at%x00%aE%x00%aN";

    // The same without the mailmap, for a work tree whose .mailmap git would block on or follow (a FIFO, a device, a link).
    private const string FormatWithoutMailmap = "--format=%H%x00%at%x00%ae%x00%an";

    // Variables that would point git at another repository than the one named with -C.
    private static readonly string[] RepositoryVariables =
        ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE"];

    // A repository's own config (a copied .git/config) must not redirect git: the mailmap is only the repository's own
    // .mailmap (git does not follow it when it is a link), and nothing runs a command or changes the output's encoding.
    private static readonly string[] Overrides =
    [
        "-c", "log.showSignature=false", "-c", "mailmap.file=", "-c", "mailmap.blob=", "-c", "core.fsmonitor=false",
        "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat", "-c", "i18n.logOutputEncoding=UTF-8", "-c", "log.decorate=false",
        "-c", "core.untrackedCache=false", "-c", "gpg.program=false", "-c", "core.useReplaceRefs=false",
    ];

    // Configuration handed to git through the environment by whoever started this process.
    private static readonly string[] ConfigVariables = ["GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_EXTERNAL_DIFF"];

    /// <summary>
    /// Reads the repository's commits; with <paramref name="knownTips"/> only those not reachable from them (the tips an
    /// earlier import stopped at). When git no longer has one of those tips, the whole history is read instead.
    /// </summary>
    public GitReadResult Read(string repository, IReadOnlyList<string>? knownTips = null)
    {
        if (knownTips is { Count: > 0 })
        {
            var since = Run(repository, knownTips);
            if (since.Succeeded)
            {
                return since;
            }
        }

        return Run(repository, null);
    }

    /// <summary>The commits every branch, remote branch and tag points at now; null when git cannot tell.</summary>
    public IReadOnlyList<string>? Tips(string repository)
    {
        var start = Start(repository, ["for-each-ref", "--format=%(objectname)", "refs/heads", "refs/remotes", "refs/tags"]);
        start.RedirectStandardInput = false;
        try
        {
            using var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var tips = new SortedSet<string>(StringComparer.Ordinal);
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.Length is 40 or 64)
                {
                    tips.Add(line);
                }
            }

            process.WaitForExit();
            return process.ExitCode == 0 ? [.. tips] : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private GitReadResult Run(string repository, IReadOnlyList<string>? knownTips)
    {
        var errors = new StringBuilder();
        var mailmap = UsableMailmap(repository);
        var arguments = new List<string> { "-c", $"log.mailmap={(mailmap ? "true" : "false")}", "log", "--branches", "--remotes", "--tags", "--no-merges" };
        arguments.Add(mailmap ? Format : FormatWithoutMailmap);
        if (knownTips is not null)
        {
            arguments.Add("--stdin");
        }

        using var process = new Process { StartInfo = Start(repository, arguments) };
        process.StartInfo.RedirectStandardInput = knownTips is not null;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                if (!string.IsNullOrWhiteSpace(e.Data) && errors.Length == 0)
                {
                    errors.Append(e.Data.Trim());
                }
            }
        };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new GitReadResult([], 0, $"git could not be run ({e.Message}); install git and put it on PATH");
        }

        process.BeginErrorReadLine();
        if (knownTips is not null)
        {
            // Commits reachable from what an earlier import read are excluded, one "^hash" a line.
            foreach (var tip in knownTips)
            {
                process.StandardInput.WriteLine($"^{tip}");
            }

            process.StandardInput.Close();
        }

        var parser = new GitLogParser();
        ReadAll(process.StandardOutput.BaseStream, parser);
        process.WaitForExit();
        lock (errors)
        {
            var error = process.ExitCode == 0 ? null : errors.Length > 0 ? errors.ToString() : $"git exited with code {process.ExitCode}";
            return new GitReadResult(parser.Commits, parser.BadLines, error) { OutOfRange = parser.OutOfRange };
        }
    }

    /// <summary>False when the work tree's .mailmap is not a plain regular file: git would open it and could block (RepositoryChecks warns).</summary>
    internal static bool UsableMailmap(string repository)
    {
        var mailmap = Path.Combine(repository, ".mailmap");
        return new FileInfo(mailmap).LinkTarget is null && (!Path.Exists(mailmap) || InputFiles.Of(mailmap) is InputFiles.Kind.Regular or InputFiles.Kind.Folder);
    }

    private ProcessStartInfo Start(string repository, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(gitExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--no-pager", "-C", repository }.Concat(Overrides).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in RepositoryVariables.Concat(ConfigVariables))
        {
            start.Environment.Remove(variable);
        }

        // No system-wide configuration, no pager, no optional locks; the command-line overrides beat any repository config.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["PAGER"] = "cat";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        // Without it git flushes once per commit into a pipe: 150,000 writes and wake-ups instead of a few thousand.
        start.Environment["GIT_FLUSH"] = "0";
        return start;
    }

    private static void ReadAll(Stream output, GitLogParser parser)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var filled = 0;
        try
        {
            int read;
            while ((read = output.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
                var consumed = parser.ParseLines(buffer.AsSpan(0, filled));
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    // One line longer than the buffer: grow it rather than cut the line.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            if (filled > 0)
            {
                parser.ParseLine(buffer.AsSpan(0, filled));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
