using ManagerFocus.Activity;
using System.Text;
using ManagerFocus.Metrics;
using ManagerFocus.Sources.Git;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class GitLogReaderTests
{
    private readonly GitFixture _fixture = new();

    private static string Line(int n, string email, string name, long unix = 1_767_700_000) =>
        $"{n:x40}\0{unix}\0{email}\0{name}\n";

    /// <summary>A stand-in for git that writes the given output and error, then exits with the given code.</summary>
    private string FakeGit(string output, string error = "", int exitCode = 0)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_fixture.Folder, "fake")).FullName;
        File.WriteAllText(Path.Combine(folder, "out"), output, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "err"), error);
        var script = Path.Combine(folder, "git");
        File.WriteAllText(script, $"#!/bin/sh\ncat '{folder}/out'\ncat '{folder}/err' >&2\nexit {exitCode}\n");
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the stand-in git is a POSIX shell script");
        }
        else
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        WaitUntilRunnable(script);
        return script;
    }

    /// <summary>
    /// A process another test starts in parallel can hold the new script open for writing between its fork and exec,
    /// and the kernel then refuses to run it ("Text file busy"); wait until it runs.
    /// </summary>
    private static void WaitUntilRunnable(string script)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(script)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                probe.StandardOutput.ReadToEnd();
                probe.StandardError.ReadToEnd();
                probe.WaitForExit();
                return;
            }
            catch (System.ComponentModel.Win32Exception) when (attempt < 50)
            {
                Thread.Sleep(20);
            }
        }
    }

    private GitReadResult Read(string git) => new GitLogReader(git).Read(_fixture.Folder);

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        var output = Line(1, "bob@corp.com", "Bob Builder") + Line(2, "x@else.example", new string('n', 200_000)) + Line(3, "ada@corp.com", "Ada");

        var result = Read(FakeGit(output));

        result.Commits.Count.ShouldBe(3);
        result.Commits[1].Author.Name.Length.ShouldBe(200_000);
        result.BadLines.ShouldBe(0);
    }

    [Fact]
    public void Output_without_a_final_newline_keeps_its_last_commit()
    {
        var result = Read(FakeGit(Line(1, "bob@corp.com", "Bob")[..^1]));

        result.Commits.ShouldHaveSingleItem().Author.ShouldBe(new AuthorIdentity("bob@corp.com", "Bob"));
    }

    [Fact]
    public void Lines_that_are_not_commits_are_counted_and_the_rest_kept()
    {
        var output = "gpg: Signature made yesterday\n" + Line(1, "bob@corp.com", "Bob") + "zz\0notatime\0a\0b\n";

        var result = Read(FakeGit(output));

        (result.Commits.Count, result.BadLines, result.Error).ShouldBe((1, 2, null));
    }

    [Fact]
    public void A_failing_git_reports_its_first_error_line()
    {
        var result = Read(FakeGit("", "fatal: not a git repository\nmore\n", exitCode: 128));

        result.Error.ShouldBe("fatal: not a git repository");
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Bad_lines_reach_the_warnings_with_the_repository()
    {
        var repo = _fixture.Repository();
        var git = FakeGit("garbage\n" + Line(1, "bob@corp.com", "Bob"));

        new GitImporter(_fixture.Warnings, git).Import([repo.Path]);

        _fixture.WarningsAbout(repo.Path).ShouldHaveSingleItem().ShouldContain("1 line(s)");
    }
}
