using System.Globalization;
using CsvHelper;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>`--format csv --weekly`: the long format, one row per manager and week (docs/definitions.md, "Weekly series").</summary>
public sealed class CsvWeeklyRenderer : IReportRenderer
{
    public void Render(Report report, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CsvReportRenderer.Dialect, leaveOpen: true);
        foreach (var header in new[]
        {
            "id", "name", "week", "days", "workingHours", "codingHours", "reviewHours", "meetingHours", "oneOnOneHours", "directReports",
            "codingShare", "reviewShare", "meetingShare", "oneOnOneShare",
        })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var m in report.Managers)
        {
            foreach (var w in m.Weeks)
            {
                object?[] row =
                [
                    m.Id, m.Name, w.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Days, w.WorkingHours, w.CodingHours, w.ReviewHours,
                    w.MeetingHours, w.OneOnOneHours, w.DirectReports, w.CodingShare, w.ReviewShare, w.MeetingShare, w.OneOnOneShare,
                ];
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }
    }
}
