using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>The audit log: administrators only.</summary>
public sealed class AuditModel(AuditLog audit) : DashboardPage
{
    public TableModel Entries { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await ResolveAsync();
        if (!View.Scope.IsEverything)
        {
            return NotFound();
        }

        Entries = Table(OrganizationTables.Audit(audit.Latest(null, 500)));
        return Page();
    }
}
