using Microsoft.Playwright;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// The dashboard in Debian's chromium driven by Playwright (no browser download): sign in, open a manager, drill down
/// to the evidence, export a table, sign out. Screenshots of the main pages go to a temp folder, and to the folder
/// MANAGERFOCUS_SCREENSHOTS names (docs/screenshots for the README) when it is set.
/// </summary>
public sealed class BrowserTests(DashboardFixture dashboard)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_director_signs_in_opens_a_manager_drills_to_evidence_exports_and_signs_out()
    {
        // Given
        File.Exists(Chromium).ShouldBeTrue($"chromium is not installed at {Chromium}: `apt-get install -y chromium` (CI's .ci/run does).");
        using var temp = new TempFolder("managerfocus-browser-");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright, temp.Path);
        var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");

        // When: sign in with the director's token
        await page.GotoAsync(new Uri(dashboard.Server.Address, "/managers/p006").AbsoluteUri);
        page.Url.ShouldContain("/signin");
        await page.FillAsync("#token", dashboard.Tokens[Role.Manager]!);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // Then: the home lists the subtree's managers and not the sibling's
        (await page.TextContentAsync("h1")).ShouldBe("Organization");
        (await page.Locator($"a[href^='/managers/{Organization.Manager}?']").CountAsync()).ShouldBe(1);
        (await page.Locator($"a[href^='/managers/{Organization.OtherDirector}?']").CountAsync()).ShouldBe(0);
        await Shoot(page, temp.Path, "home");

        // When: open a manager, then drill down to the evidence
        await page.ClickAsync($"a[href^='/managers/{Organization.Manager}?']");
        await page.WaitForSelectorAsync("#drill-down");
        (await page.TextContentAsync("h1"))!.ShouldContain("Ada Diallo");
        await Shoot(page, temp.Path, "manager");
        await page.ClickAsync("#drill-down");
        await page.WaitForSelectorAsync("#explain table");
        (await page.Locator("#explain tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.ContentAsync()).ShouldNotContain(Organization.Secret);

        // Then: the manager's coding figure drills down to the coding session of the planted commit, by its time only
        (await page.TextContentAsync("#explain-sessions h2"))!.ShouldStartWith("Coding sessions of Ada Diallo: coding hours ");
        (await page.Locator("#explain-sessions tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.TextContentAsync("#explain-sessions tbody"))!.ShouldContain("2026-10-14T09:00:00Z");
        (await page.ContentAsync()).ShouldNotContain(Organization.CommitSecret);
        await page.WaitForSelectorAsync("#explain-reviews");
        await Shoot(page, temp.Path, "evidence");

        // When: export the evidence table
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#explain .export a"));
        var saved = Path.Combine(temp.Path, "explain.csv");
        await download.SaveAsAsync(saved);

        // Then
        var csv = await File.ReadAllLinesAsync(saved, TestContext.Current.CancellationToken);
        csv[0].ShouldStartWith("start (UTC),end (UTC),minutes,kind,counted");
        csv.Length.ShouldBeGreaterThan(1);

        // When: sign out
        await page.ClickAsync("header #sign-out");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        await page.GotoAsync(new Uri(dashboard.Server.Address, "/").AbsoluteUri);

        // Then: signed out for good
        new Uri(page.Url).AbsolutePath.ShouldBe("/signin");
        console.Where(c => c.StartsWith("error", StringComparison.Ordinal)).ShouldBeEmpty("no script, style or asset error (CSP blocks anything not served by the app)");
    }

    [Fact]
    public async Task An_administrator_signs_in_with_the_printed_link_and_sees_the_health_and_policy_pages()
    {
        // Given
        File.Exists(Chromium).ShouldBeTrue($"chromium is not installed at {Chromium}");
        using var temp = new TempFolder("managerfocus-browser-");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright, temp.Path);
        var page = await browser.NewPageAsync();
        var link = dashboard.Server.SignInLink.ShouldNotBeNull();

        // When
        await page.GotoAsync(link);

        // Then
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
        (await page.TextContentAsync(".who"))!.ShouldStartWith("admin");
        await page.GotoAsync(new Uri(dashboard.Server.Address, "/health").AbsoluteUri);
        (await page.Locator("#inputs tbody tr").CountAsync()).ShouldBeGreaterThan(5);
        await Shoot(page, temp.Path, "health");
        await page.GotoAsync(new Uri(dashboard.Server.Address, "/policy").AbsoluteUri);
        (await page.Locator("#policy tbody tr").CountAsync()).ShouldBe(8);
        await page.GotoAsync(new Uri(dashboard.Server.Address, "/").AbsoluteUri);
        await Shoot(page, temp.Path, "home-admin");
    }

    private static async Task<IBrowserContext> Launch(IPlaywright playwright, string folder) =>
        await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(folder, "profile"), new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1400, Height = 1000 },
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });

    private static async Task Shoot(IPage page, string folder, string name)
    {
        var path = Path.Combine(folder, $"dashboard-{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
        if (Environment.GetEnvironmentVariable("MANAGERFOCUS_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(path, Path.Combine(keep, $"dashboard-{name}.png"), overwrite: true);
        }
    }
}
