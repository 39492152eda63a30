using ManagerFocus.Web.Tables;

namespace ManagerFocus.Web.Pages;

/// <summary>The organization home: the managers in the viewer's scope, broken rules first, sortable, with the report's charts.</summary>
public sealed class IndexModel : DashboardPage
{
    /// <summary>The managers table, rendered once per viewer, period and sort.</summary>
    public string ManagersHtml { get; private set; } = "";

    /// <summary>Rows of the managers table per page; the CSV export holds them all.</summary>
    public const int PageSize = 100;

    /// <summary>The charts drawn for this viewer (those whose input the workspace holds), served by /charts/{name}.svg.</summary>
    public IReadOnlyList<string> Charts { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int Pages { get; private set; }

    public string Sort { get; private set; } = "rules";

    public bool Descending { get; private set; }

    /// <summary>Organization-wide counts are shown to administrators only.</summary>
    public bool SummaryShown => View.Scope.IsEverything;

    public async Task OnGetAsync(string? sort, string? dir, int page = 1)
    {
        await ResolveAsync();
        var descending = dir == "desc";
        var key = ManagerTables.SortKeys.Contains(sort) ? sort! : "rules";
        Sort = key;
        Descending = descending;
        Pages = Math.Max(1, (View.Scope.Managers.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, Pages);
        Charts = [.. Api.ChartEndpoints.Names.Where(name => Api.ChartEndpoints.Draw(View, name) is not null)];
        ManagersHtml = View.Period.Drawn(View.Viewer, $"managers|{key}|{descending}|{PageNumber}", () => TableHtml.Render(Table(Paged(ManagerTables.Managers(View, key, descending))) with
        {
            // Sort keys per column of the managers table ("id", "declared track", "span tier" and the others' wait do not sort).
            SortKeys = ["name", null, "role", null, "span", null, "coding", "review", "meetings", "one-on-ones", "coverage", "wait", null, null, "rules"],
            Sort = key,
            Descending = descending,
            Export = Link.Export("managers", View) + $"&sort={key}&dir={(descending ? "desc" : "asc")}",
        }))!;
        await View.AuditAsync(HttpContext, View.ScopeSubject, "organization home");
    }

    /// <summary>The address of another page of the table, keeping the period and the sort.</summary>
    public string PageLink(int number) => $"?{View.Period.Query}&sort={Sort}&dir={(Descending ? "desc" : "asc")}&page={number}";

    private DataTable Paged(DataTable table) => table with
    {
        Title = Pages > 1 ? $"Managers {((PageNumber - 1) * PageSize) + 1}-{Math.Min(PageNumber * PageSize, table.Rows.Count)} of {table.Rows.Count}" : table.Title,
        Rows = [.. table.Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize)],
    };
}
