namespace ManagerFocus.Web.Pages;

/// <summary>The policy in force: every rule with its severity and threshold.</summary>
public sealed class PolicyModel : DashboardPage
{
    public Task OnGetAsync() => ResolveAsync();
}
