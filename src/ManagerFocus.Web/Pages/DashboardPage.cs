using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ManagerFocus.Web.Pages;

/// <summary>A page about the viewer's scope in one period; the layout reads <see cref="View"/> for its navigation.</summary>
public abstract class DashboardPage : PageModel
{
    public DashboardView View { get; private set; } = null!;

    protected async Task ResolveAsync()
    {
        View = await DashboardView.ResolveAsync(HttpContext);
        ViewData["View"] = View;
    }

    public TableModel Table(DataTable table, string? id = null) => new(table, Link.Export(table.Name, View, id), View.Period.Query);
}
