using System.Diagnostics;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Git;

namespace ManagerFocus.Tests.Sources.Git;

/// <summary>Repositories a contributor could shape: dates git accepts but no calendar holds, and local config that would redirect git.</summary>
public sealed class HostileRepositoryTests : IDisposable
{
    private readonly string _folder = TestRepository.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("@253402300800 +0000")]
    [InlineData("@999999999999 +0000")]
    public void A_commit_dated_past_year_8999_is_skipped_with_a_warning_and_the_others_count(string when)
    {
        var repo = TestRepository.Init(Path.Combine(_folder, "r"));
        repo.Commit("Bob", "bob@x.example", "2026-10-01T10:00:00Z");
        repo.Commit("Bob", "bob@x.example", when);
        var warnings = new WarningLog();

        var read = new GitImporter(warnings).Import([repo.Path]);

        read.ShouldHaveSingleItem().Commits.Count.ShouldBe(1);
        warnings.Kept.ShouldContain(w => w.Message.Contains("after 8999"));
    }

    [Theory]
    [InlineData("mailmap.file", "/dev/zero")]
    [InlineData("mailmap.blob", "HEAD:nothing")]
    [InlineData("core.fsmonitor", "touch fsmonitor-ran; false")]
    [InlineData("core.pager", "touch pager-ran")]
    [InlineData("i18n.logOutputEncoding", "UTF-16")]
    public void Repository_config_cannot_redirect_or_stall_git(string key, string value)
    {
        var repo = TestRepository.Init(Path.Combine(_folder, "r"));
        repo.Commit("Bob", "bob@x.example", "2026-10-01T10:00:00Z");
        repo.Git("config", key, value);
        var warnings = new WarningLog();
        var watch = Stopwatch.StartNew();

        var read = new GitImporter(warnings).Import([repo.Path]);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        read.ShouldHaveSingleItem().Commits.ShouldHaveSingleItem().Author.Email.ShouldBe("bob@x.example");
        File.Exists(Path.Combine(repo.Path, "fsmonitor-ran")).ShouldBeFalse();
        File.Exists(Path.Combine(repo.Path, "pager-ran")).ShouldBeFalse();
    }

    [Fact]
    public void A_mailmap_that_is_a_pipe_or_a_device_link_is_warned_about_and_never_opened()
    {
        var repo = TestRepository.Init(Path.Combine(_folder, "r"));
        repo.Commit("Bob", "bob@x.example", "2026-10-01T10:00:00Z");
        Process.Start("mkfifo", [Path.Combine(repo.Path, ".mailmap")])!.WaitForExit();
        var warnings = new WarningLog();
        var watch = Stopwatch.StartNew();

        new GitImporter(warnings).Import([repo.Path]).ShouldHaveSingleItem().Commits.Count.ShouldBe(1);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        warnings.Kept.ShouldContain(w => w.Location.EndsWith(".mailmap") && w.Message.Contains("not a regular file"));
    }
}
