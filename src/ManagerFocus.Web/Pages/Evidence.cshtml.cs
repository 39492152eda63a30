using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>The organization-wide outcome evidence: administrators only, so no group figure can be taken apart by scope.</summary>
public sealed class EvidenceModel : DashboardPage
{
    public async Task<IActionResult> OnGetAsync()
    {
        await ResolveAsync();
        if (!View.Scope.IsEverything)
        {
            return NotFound();
        }

        await View.AuditAsync(HttpContext, "organization", "evidence");
        return Page();
    }
}
