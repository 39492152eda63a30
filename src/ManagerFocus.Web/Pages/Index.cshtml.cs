using ManagerFocus.Rendering;
using ManagerFocus.Web.Tables;

namespace ManagerFocus.Web.Pages;

/// <summary>The organization home: the managers in the viewer's scope, broken rules first, sortable, with the report's charts.</summary>
public sealed class IndexModel : DashboardPage
{
    /// <summary>The managers table, rendered once per viewer, period and sort.</summary>
    public string ManagersHtml { get; private set; } = "";

    public string? TimeSplitSvg { get; private set; }

    public string? SpanCodingSvg { get; private set; }

    /// <summary>Organization-wide counts are shown to administrators only.</summary>
    public bool SummaryShown => View.Scope.IsEverything;

    public async Task OnGetAsync(string? sort, string? dir)
    {
        await ResolveAsync();
        var descending = dir == "desc";
        var key = ManagerTables.SortKeys.Contains(sort) ? sort : "rules";
        var managers = View.Scope.Managers;
        TimeSplitSvg = View.Period.Drawn(View.Viewer, "time-split", () => DashboardCharts.TimeSplit(managers));
        SpanCodingSvg = View.Period.Drawn(View.Viewer, "span-coding", () => DashboardCharts.SpanCoding(managers, View.Period.Report.Policy));
        ManagersHtml = View.Period.Drawn(View.Viewer, $"managers|{key}|{descending}", () => TableHtml.Render(Table(ManagerTables.Managers(View, key, descending)) with
        {
            // Sort keys per column of the managers table ("id", "declared track", "span tier" and the others' wait do not sort).
            SortKeys = ["name", null, "role", null, "span", null, "coding", "review", "meetings", "one-on-ones", "coverage", "wait", null, "rules"],
            Sort = key,
            Descending = descending,
            Export = Link.Export("managers", View) + $"&sort={key}&dir={(descending ? "desc" : "asc")}",
        }))!;
        await View.AuditAsync(HttpContext, View.ScopeSubject, "organization home");
    }
}
