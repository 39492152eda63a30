using ManagerFocus.Rendering;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>Drill-down to a person's evidence: the engine's explain rows (docs/definitions.md, "Explain"); 404 outside the viewer's scope.</summary>
public sealed class ExplainModel(ExplainService explain) : DashboardPage
{
    public ExplainReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await ResolveAsync();
        if (!View.Scope.Contains(id) || View.Organization().Find(id) is null)
        {
            return NotFound();
        }

        Report = ExplainService.ForViewer(await explain.GetAsync(View.Period, id, HttpContext.RequestAborted), View.Scope);
        await View.AuditAsync(HttpContext, id, "evidence");
        return Page();
    }
}
