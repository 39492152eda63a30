using System.Globalization;
using ManagerFocus.Diagnostics;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using ManagerFocus.Web.Data;

namespace ManagerFocus.Web.Tables;

/// <summary>
/// The data-health tables (docs/definitions.md, "Warnings and notices"), each within the viewer's scope: managers without
/// a calendar in the scope; unattributed identities (an administrator sees all, anyone else those whose suggested person
/// is in their scope); input warnings and notices name files, so only an administrator sees them.
/// </summary>
public static class HealthTables
{
    /// <summary>Null when the viewer may not see the table.</summary>
    public static DataTable? Find(string table, DashboardView view) => table switch
    {
        "without-calendar" => WithoutCalendar(view),
        "unattributed" => Unattributed(view),
        "warnings" when view.Scope.IsEverything => Warnings(view.Period.Report),
        "notices" when view.Scope.IsEverything => Notices(view.Period.Report),
        _ => null,
    };

    public static DataTable WithoutCalendar(DashboardView view)
    {
        var org = view.Organization();
        var ids = view.Period.Report.Summary.ManagersWithoutCalendar ?? [];
        return new DataTable("without-calendar", "Managers without a calendar", ["id", "name", "team", "direct reports"],
            ids.Where(view.Scope.Contains)
                .Select(id => (Id: id, Person: org.Find(id), Report: view.Period.Manager(id)))
                .Select(m => new DataRow(
                    [m.Id, m.Person?.Name ?? m.Report?.Name ?? "", m.Person?.Team ?? "", m.Report is { } r ? Count(r.DirectReports) : ""],
                    m.Report is null ? null : [Link.Manager(m.Id, view), null, null, null]))
                .ToList())
        {
            Empty = view.Period.Report.Summary.ManagersWithoutCalendar is null
                ? "No calendar was imported, so every manager's meeting figures are unknown."
                : "Every manager here has a calendar.",
        };
    }

    public static DataTable Unattributed(DashboardView view)
    {
        var rows = view.Period.Report.Summary.Unattributed
            .Where(u => view.Scope.IsEverything || u.Suggestion is { } s && view.Scope.Contains(s.Id))
            .Select(u => new DataRow(
                [u.Source, u.Identity, string.Join(", ", u.Spellings.Skip(1)), Count(u.Count),
                 u.Suggestion is { } s ? $"{s.Id} {s.Name}" : "", u.Suggestion?.Reason ?? ""],
                [null, null, null, null, u.Suggestion is { } p && view.Period.Manager(p.Id) is not null ? Link.Manager(p.Id, view) : null, null]))
            .ToList();
        return new DataTable("unattributed", "Unattributed identities", ["source", "identity", "other spellings", "records", "did you mean", "why"], rows)
        {
            Empty = view.Scope.IsEverything ? "Every identity is attributed to a person." : "No unattributed identity looks like someone here.",
        };
    }

    public static DataTable Warnings(Report report) => new("warnings", "Input warnings", ["source", "file", "times", "where", "warning"],
        report.Warnings.Select(w => Row(w)).ToList())
    { Empty = "No input warning." };

    public static DataTable Notices(Report report) => new("notices", "Notices", ["source", "where", "notice"],
        report.Notices.Select(n => new DataRow([n.Source, n.Location, n.Message])).ToList())
    { Empty = "No notice." };

    private static DataRow Row(Warning w) =>
        new([w.Source, WarningLog.FileOf(w.Location), Count(w.Count), w.Count > 1 ? WarningText.Where(w) : w.Location, w.Message]);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
