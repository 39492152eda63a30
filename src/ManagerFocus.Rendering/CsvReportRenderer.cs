using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>One row per manager with the contract's figures; empty cells where an input kind was not given.</summary>
public sealed class CsvReportRenderer : IReportRenderer
{
    // With --compare-to or --compare-previous: each share's change against the compared period.
    private static readonly string[] ChangeHeaders = ["codingShareChange", "reviewShareChange", "meetingShareChange", "oneOnOneShareChange"];

    /// <summary>
    /// A cell starting with = + - @ tab or CR is prefixed with ' and quoted (OWASP, "CSV Injection"), so a name cannot
    /// become a spreadsheet formula; control characters are escaped so a cell cannot steer a terminal it is printed to.
    /// </summary>
    internal static readonly CsvConfiguration Dialect = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20'],
        InjectionEscapeCharacter = '\'',
    };

    public void Render(Report report, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, Dialect, leaveOpen: true);
        foreach (var header in new[]
        {
            "id", "name", "directReports", "spanTier", "observedRole", "declaredTrack", "workingHours", "codingHours", "reviewHours",
            "meetingHours", "oneOnOneHours", "codingShare", "reviewShare", "meetingShare", "oneOnOneShare", "oneOnOneCoverage",
            "reportsWithoutOneOnOne", "reviewManagerMedianHours", "reviewOthersMedianHours", "reviewPullRequests", "violations",
        }.Concat(report.ComparedTo is null ? [] : ChangeHeaders))
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var m in report.Managers)
        {
            object?[] row =
            [
                m.Id, m.Name, m.DirectReports, Names.Of(m.SpanTier), Format.Name(m.ObservedRole), Format.Name(m.DeclaredTrack), m.WorkingHours, m.CodingHours, m.ReviewHours,
                m.MeetingHours, m.OneOnOneHours, m.CodingShare, m.ReviewShare, m.MeetingShare, m.OneOnOneShare, m.OneOnOneCoverage,
                m.ReportsWithoutOneOnOne is null ? null : string.Join(";", m.ReportsWithoutOneOnOne),
                m.ReviewBottleneck?.ManagerMedianHours, m.ReviewBottleneck?.OthersMedianHours, m.ReviewBottleneck?.PullRequests,
                string.Join(";", m.Violations.Select(v => $"{v.Rule}:{Names.Of(v.Severity)}")),
                .. m.Change is { } c ? new object?[] { c.CodingShare, c.ReviewShare, c.MeetingShare, c.OneOnOneShare } : [],
            ];
            foreach (var field in row)
            {
                // Figures are written as they are; text from the inputs loses its control characters.
                csv.WriteField(field is string text ? TerminalText.Plain(text) : field);
            }

            csv.NextRecord();
        }
    }
}
