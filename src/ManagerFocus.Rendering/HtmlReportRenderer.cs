using ManagerFocus.Reporting;
using static ManagerFocus.Rendering.Html;

namespace ManagerFocus.Rendering;

/// <summary>A self-contained HTML page of the report (inline CSS and SVG charts) that opens with no network access.</summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    public void Render(Report report, TextWriter writer)
    {
        var period = $"{report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd}";
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // The policy forbids every fetch, so nothing in the page can reach the network even by mistake.
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        writer.Write($"<title>ManagerFocus report, {E(period)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n<main>\n");
        HtmlSummarySection.Write(report, writer);
        HtmlChartsSection.Write(report, writer);
        HtmlManagersSection.Write(report, writer);
        HtmlTrendsSection.Write(report, writer);
        HtmlFindingsSection.Write(report, writer);
        HtmlEvidenceSection.Write(report, writer);
        HtmlWarningsSection.Write(report, writer);
        writer.Write("<footer>ManagerFocus: are the managers managing or coding? Figures from the organization's own data; "
            + "hours count whole weekdays of 8 h, shares are of working hours, a dash means the input was not given.</footer>\n");
        writer.Write("</main>\n</body>\n</html>\n");
    }
}
