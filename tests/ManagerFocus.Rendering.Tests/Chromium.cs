using System.Diagnostics;

namespace ManagerFocus.Rendering.Tests;

/// <summary>Debian's headless chromium, run once on a local page with every network feature it can turn off.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static void ShouldBeInstalled() =>
        File.Exists(Path).ShouldBeTrue(
            $"chromium is not installed at {Path}: install it with `apt-get install -y chromium` (CI's .ci/run does); "
            + "the HTML report is checked in a real headless browser.");

    /// <summary>Runs chromium with <paramref name="args"/> on <paramref name="page"/>; returns stdout and stderr.</summary>
    public static (string Stdout, string Stderr) Run(string page, string profile, params string[] args)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
        }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start).ShouldNotBeNull();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 90 s");
        }

        return (stdout.Result, stderr.Result);
    }
}
