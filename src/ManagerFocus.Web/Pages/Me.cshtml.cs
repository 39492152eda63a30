using ManagerFocus.Org;
using ManagerFocus.Reporting;
using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace ManagerFocus.Web.Pages;

/// <summary>"What my manager sees about me": the viewer's own figures as their managers see them, and who looked.</summary>
public sealed class MeModel(AuditLog audit) : DashboardPage
{
    public Person Person { get; private set; } = null!;

    public string? ManagerName { get; private set; }

    public ManagerReport? OwnRow { get; private set; }

    /// <summary>Null when the viewer's manager is not a row of the report, or one-on-ones were not measured.</summary>
    public bool? WithoutOneOnOne { get; private set; }

    public TableModel AuditAboutMe { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await ResolveAsync();
        if (View.Viewer.PersonId is not { } me || View.Organization().Find(me) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        var manager = View.Organization().ManagerOf(person);
        ManagerName = manager?.Name;
        OwnRow = View.Period.Manager(me);
        WithoutOneOnOne = manager is not null && View.Period.Manager(manager.Id)?.ReportsWithoutOneOnOne is { } names ? names.Contains(person.Name) : null;
        AuditAboutMe = Table(OrganizationTables.Audit(audit.Latest(me, 200)) with { Name = "audit-about-me", Title = "Who viewed your figures" });
        await View.AuditAsync(HttpContext, me, "what my manager sees");
        return Page();
    }
}
