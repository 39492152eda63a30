using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>One manager: time split, span, reports without a recent one-on-one, review wait, broken rules and advice; 404 outside the viewer's scope.</summary>
public sealed class ManagerModel : DashboardPage
{
    public ManagerReport Manager { get; private set; } = null!;

    public string? TimeSplitSvg { get; private set; }

    public string? WeeklySvg { get; private set; }

    /// <summary>The same manager over the 13, 26 or 52 weeks ending where this period ends: each is its own analysis.</summary>
    public string WeeksLink(int weeks) =>
        $"/managers/{Uri.EscapeDataString(Manager.Id)}?from={View.Period.To.AddDays(-7 * weeks):yyyy-MM-dd}&to={View.Period.To:yyyy-MM-dd}";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await ResolveAsync();
        if (!View.Scope.Contains(id) || View.Period.Manager(id) is not { } manager)
        {
            return NotFound();
        }

        Manager = manager;
        TimeSplitSvg = DashboardCharts.ManagerSplit(manager);
        WeeklySvg = View.Period.Drawn(View.Viewer, $"weekly|{id}", () => DashboardCharts.Weekly(manager, View.Period.Report.Period, View.Period.Report.Policy));
        await View.AuditAsync(HttpContext, id, "manager page");
        return Page();
    }
}
