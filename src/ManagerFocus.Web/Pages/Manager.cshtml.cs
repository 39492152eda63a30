using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>One manager: time split, span, reports without a recent one-on-one, review wait, broken rules and advice; 404 outside the viewer's scope.</summary>
public sealed class ManagerModel : DashboardPage
{
    public ManagerReport Manager { get; private set; } = null!;

    public string? TimeSplitSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await ResolveAsync();
        if (!View.Scope.Contains(id) || View.Period.Manager(id) is not { } manager)
        {
            return NotFound();
        }

        Manager = manager;
        TimeSplitSvg = DashboardCharts.ManagerSplit(manager);
        await View.AuditAsync(HttpContext, id, "manager page");
        return Page();
    }
}
