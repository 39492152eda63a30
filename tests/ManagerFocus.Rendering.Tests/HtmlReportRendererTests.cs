using System.Text.RegularExpressions;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

// Golden files live in tests/ManagerFocus.Rendering.Tests/Golden/. After an intended change to the output, rewrite them with
// MANAGERFOCUS_UPDATE_GOLDEN=1 dotnet test tests/ManagerFocus.Rendering.Tests --filter ReportRenderer
// and review the diff like code. The golden HTML keeps its charts so it opens as a real report; the comparison
// replaces each inline chart with a placeholder (the SVG depends on the machine's fonts) and the chart tests check them.
public sealed partial class HtmlReportRendererTests
{
    [Fact]
    public void Html_matches_the_golden_file_with_charts_as_placeholders()
    {
        // Given
        var report = ReportSamples.Full();

        // When
        var html = Rendered.With(new HtmlReportRenderer(), report);

        // Then
        GoldenFile.Verify("report.html", html, WithoutCharts);
    }

    [Fact]
    public void Html_of_a_people_only_report_matches_the_golden_file()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.PeopleOnly());

        GoldenFile.Verify("report-people-only.html", html);
    }

    [Fact]
    public void Html_marks_shares_above_100_percent_and_says_why_they_can_be()
    {
        var report = ReportSamples.Full();
        var first = report.Managers[0] with { CodingShare = 0.6, MeetingShare = 0.5 };

        var html = Rendered.With(new HtmlReportRenderer(), report with { Managers = [first, .. report.Managers.Skip(1)] });

        html.ShouldContain("Ada Lovelace *<br>");
        html.ShouldContain("coding sessions can overlap meetings and reviews, so a manager's shares can add up to more than 100% (marked *).");
    }

    [Fact]
    public void Every_chart_is_inline_svg_in_the_page()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        foreach (var id in new[] { "time-split", "span-coding", "coverage" })
        {
            html.ShouldContain($"<svg class=\"chart\" data-chart=\"{id}\"");
        }
    }

    [Fact]
    public void A_chart_whose_input_was_not_given_is_one_line_naming_that_input()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.PeopleOnly());

        html.ShouldNotContain("<svg");
        html.ShouldContain("Time split per manager: give --git, --reviews or --calendar to see it.");
        html.ShouldContain("Span of control against coding share: give --git to see it.");
        html.ShouldContain("One-on-one coverage per manager: give --calendar to see it.");
        html.ShouldContain("Give --survey (and --git) to compare satisfaction.");
    }

    [Fact]
    public void An_organization_without_managers_gets_a_page_that_says_so()
    {
        var report = ReportSamples.PeopleOnly() with { Managers = [] };

        var html = Rendered.With(new HtmlReportRenderer(), report);

        html.ShouldContain("No managers: nobody in the people file has a report in the period.");
        html.ShouldContain("No manager breaks a rule of the policy.");
        html.ShouldNotContain("<svg");
        html.ShouldEndWith("</html>\n");
    }

    [Fact]
    public void Text_from_the_model_is_html_escaped_everywhere()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        html.ShouldNotContain("<x>");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("bot<ci>");
        html.ShouldContain("Ben O&#39;Brien &lt;x&gt; &amp; &quot;Co&quot;");
        html.ShouldContain("Eve &lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("DTSTART &lt;missing&gt; &amp; the event has no time");
    }

    [Fact]
    public void The_page_references_nothing_outside_itself()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        ExternalReference().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        html.ShouldNotContain("<link");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("@import");
        html.ShouldContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }

    [Fact]
    public void Broken_rules_list_errors_before_warnings()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        var rules = Section(html, "Broken rules");
        var severities = SeverityCell().Matches(rules).Select(m => m.Groups[1].Value).ToList();
        severities.Count.ShouldBe(13);
        severities.ShouldBe(severities.OrderBy(s => s == "error" ? 0 : 1));
        severities.Count(s => s == "error").ShouldBe(5);
    }

    [Fact]
    public void Recommendations_are_ordered_by_priority()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        var priorities = PriorityCell().Matches(Section(html, "What to change")).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        priorities.Count.ShouldBe(13);
        priorities.ShouldBe(priorities.Order());
    }

    [Fact]
    public void Evidence_stands_beside_the_essay_or_says_why_it_is_withheld()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        var evidence = Section(html, "Evidence from this organization");
        evidence.ShouldContain("-15%");
        evidence.ShouldContain("95% interval -26% to -4%");
        evidence.ShouldContain("-25%");
        evidence.ShouldContain("Withheld: insufficient data: 3 coding-manager teams (at least 5 needed).");
    }

    [Fact]
    public void Turnover_reads_as_a_change_beside_the_essay_s_twenty_percent()
    {
        // Given
        var sample = ReportSamples.Full();
        var turnover = new TurnoverEvidence(
            new TurnoverGroup(6, 40, 38.5, 9, 0.234), new TurnoverGroup(8, 70, 66.1, 11, 0.166), 1.409, [1.05, 1.9], 1.20, null);
        var report = sample with { Evidence = sample.Evidence! with { Turnover = turnover } };

        // When
        var html = Rendered.With(new HtmlReportRenderer(), report);

        // Then
        var evidence = Section(html, "Evidence from this organization");
        evidence.ShouldContain("+41% (×1.41)");
        evidence.ShouldContain("95% interval +5% (×1.05) to +90% (×1.9)");
        evidence.ShouldContain("+20% (×1.2)");
        evidence.ShouldContain("<td class=\"num\">38.5</td><td class=\"num\">9</td><td class=\"num\">0.23</td>");
    }

    [Fact]
    public void Every_warning_is_listed_collapsed_per_file_and_notices_apart()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        var warnings = Section(html, "Input warnings");
        warnings.ShouldContain("143 input warning(s) in 4 file(s)");
        warnings.ShouldNotContain("The first");
        warnings.Split("<details class=\"warnings\">").Length.ShouldBe(5);
        warnings.ShouldContain("people.csv:17");
        warnings.ShouldContain("github/x-reviews.json <span class=\"id\">reviews</span> · 140 warning(s)</summary>");
        warnings.ShouldContain("<td class=\"num\">140</td><td>at #3, #8, #12, #20, #31, ...</td>");
        var notices = Section(html, "Notices");
        notices.ShouldContain("1 notice(s)");
        notices.ShouldContain("dependabot[bot]");
    }

    [Fact]
    public void An_unattributed_identity_shows_its_other_spellings_its_suggested_person_and_the_shares()
    {
        var html = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        html.ShouldContain("also ali &lt;ana@home.example&gt;");
        html.ShouldContain("did you mean p7 Ana &lt;Li&gt;? (same name)");
        html.ShouldContain("51 of 1200 commits unattributed (4%); 7 of 300 reviews unattributed (2%).");
    }

    [Fact]
    public void Rendering_twice_gives_the_same_page()
    {
        var first = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());
        var second = Rendered.With(new HtmlReportRenderer(), ReportSamples.Full());

        second.ShouldBe(first);
    }

    internal static string WithoutCharts(string html) =>
        InlineChart().Replace(html, m => $"<svg data-chart=\"{m.Groups[1].Value}\"><!-- chart: see the chart tests --></svg>");

    private static string Section(string html, string heading)
    {
        var start = html.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no section {heading}");
        var end = html.IndexOf("<h2>", start + 4, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    [GeneratedRegex("<svg class=\"chart\" data-chart=\"([^\"]+)\"[\\s\\S]*?</svg>")]
    private static partial Regex InlineChart();

    [GeneratedRegex("(?:src|href)\\s*=\\s*[\"']?(?:https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<tr><td><span class=\"pill (error|warning)\">")]
    private static partial Regex SeverityCell();

    [GeneratedRegex("<tr><td><span class=\"pill p\\d\">(\\d)</span>")]
    private static partial Regex PriorityCell();
}
