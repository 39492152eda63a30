using System.Net;
using ManagerFocus.Reporting;

namespace ManagerFocus.Cli.Rendering;

/// <summary>A self-contained HTML page of the report that opens with no network access.</summary>
internal sealed class HtmlReportRenderer : IReportRenderer
{
    public void Render(Report report, TextWriter writer)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? Format.Missing);
        writer.WriteLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ManagerFocus report</title>");
        writer.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2330}table{border-collapse:collapse}"
            + "td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}</style>");
        writer.WriteLine("</head><body>");
        writer.WriteLine($"<h1>ManagerFocus</h1><p>{report.Summary.Managers} managers among {report.Summary.People} people, "
            + $"{report.Period.From:yyyy-MM-dd} to {report.Period.To:yyyy-MM-dd} (end exclusive).</p>");
        writer.WriteLine("<table><thead><tr><th>Manager</th><th>Reports</th><th>Tier</th><th>Role</th><th>Coding</th><th>Review</th>"
            + "<th>Meetings</th><th>1:1</th><th>1:1 coverage</th><th>Rules broken</th></tr></thead><tbody>");
        foreach (var m in report.Managers)
        {
            writer.WriteLine($"<tr><td>{E(m.Name)}</td><td>{m.DirectReports}</td><td>{E(m.SpanTier)}</td><td>{E(m.ObservedRole)}</td>"
                + $"<td>{Format.Percent(m.CodingShare)}</td><td>{Format.Percent(m.ReviewShare)}</td><td>{Format.Percent(m.MeetingShare)}</td>"
                + $"<td>{Format.Percent(m.OneOnOneShare)}</td><td>{Format.Percent(m.OneOnOneCoverage)}</td>"
                + $"<td>{E(string.Join(", ", m.Violations.Select(v => v.Rule)))}</td></tr>");
        }

        writer.WriteLine("</tbody></table></body></html>");
    }
}
