using System.Text.RegularExpressions;

namespace ManagerFocus.Rendering.Tests;

// Opens the HTML report in Debian's headless chromium. Without chromium this test fails (it does not skip):
// install it with `apt-get install -y chromium`.
public sealed partial class HtmlReportInBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("managerfocus-browser-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Chromium_renders_the_report_with_its_charts_and_fetches_nothing()
    {
        // Given
        Chromium.ShouldBeInstalled();
        var page = Path.Combine(_folder.FullName, "report.html");
        File.WriteAllText(page, Rendered.With(new HtmlReportRenderer(), ReportSamples.Full()));

        // When
        var (dom, log) = Chromium.Run(page, Path.Combine(_folder.FullName, "profile"), "--dump-dom");

        // Then
        ChartInDom().Matches(dom).Select(m => m.Groups[1].Value).ShouldBe(["time-split", "span-coding", "coverage"]);
        dom.ShouldContain("<h2>Broken rules</h2>");
        TrendInDom().Matches(dom).Select(m => m.Groups[1].Value).ShouldBe(["m02"]);
        dom.ShouldContain("Ben O'Brien &lt;x&gt; &amp; \"Co\"");
        ExternalReference().Matches(dom).Select(m => m.Value).ShouldBeEmpty();
        // The page forbids every fetch; chromium logs any load the policy had to block.
        log.ShouldNotContain("Content Security Policy");
    }

    [Fact]
    public void Chromium_shows_the_missing_input_lines_when_no_chart_can_be_drawn()
    {
        Chromium.ShouldBeInstalled();
        var page = Path.Combine(_folder.FullName, "people-only.html");
        File.WriteAllText(page, Rendered.With(new HtmlReportRenderer(), ReportSamples.PeopleOnly()));

        var (dom, _) = Chromium.Run(page, Path.Combine(_folder.FullName, "profile"), "--dump-dom");

        dom.ShouldNotContain("<svg");
        dom.ShouldContain("One-on-one coverage per manager: give --calendar to see it.");
    }

    [GeneratedRegex("<svg [^>]*data-chart=\"([^\"]+)\"[^>]*>(?=[\\s\\S]*?<rect)")]
    private static partial Regex ChartInDom();

    // A weekly trend survives parsing with its cap line, its reporting-line mark and both series.
    [GeneratedRegex("<figure class=\"trend\" data-manager=\"([^\"]+)\"[^>]*><svg class=\"trend\"[\\s\\S]*?<line class=\"cap\"[\\s\\S]*?<line class=\"line-change\"[\\s\\S]*?<polyline class=\"meeting\"[\\s\\S]*?<polyline class=\"coding\"")]
    private static partial Regex TrendInDom();

    [GeneratedRegex("(?:src|href)\\s*=\\s*[\"']?(?:https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
