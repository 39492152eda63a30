using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;

namespace ManagerFocus.Web.Pages;

/// <summary>Data health: inputs and their last import; for administrators also unattributed identities and input warnings.</summary>
public sealed class HealthModel(WorkspaceAccess access) : DashboardPage
{
    public TableModel Inputs { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await ResolveAsync();
        Inputs = Table(OrganizationTables.Inputs(View, access.Sources()));
    }
}
