using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;

namespace ManagerFocus.Web.Pages;

/// <summary>
/// Data health: inputs and their last import, managers without a calendar and unattributed identities with a suggested
/// person (both within the viewer's scope); for administrators also every input warning and notice.
/// </summary>
public sealed class HealthModel(WorkspaceAccess access) : DashboardPage
{
    public TableModel Inputs { get; private set; } = null!;

    public TableModel WithoutCalendar { get; private set; } = null!;

    public TableModel Unattributed { get; private set; } = null!;

    /// <summary>Null unless the viewer is an administrator.</summary>
    public TableModel? Warnings { get; private set; }

    public TableModel? Notices { get; private set; }

    public async Task OnGetAsync()
    {
        await ResolveAsync();
        Inputs = Table(OrganizationTables.Inputs(View, access.Sources()));
        WithoutCalendar = Table(HealthTables.WithoutCalendar(View));
        Unattributed = Table(HealthTables.Unattributed(View));
        Warnings = HealthTables.Find("warnings", View) is { } warnings ? Table(warnings) : null;
        Notices = HealthTables.Find("notices", View) is { } notices ? Table(notices) : null;
    }
}
