using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Data;

/// <summary>Registers the analysis cache, explain runs, the workspace's access records and the audit writer.</summary>
public static class DataServices
{
    public static IServiceCollection AddDashboardData(this IServiceCollection services)
    {
        services.AddSingleton<AnalysisCache>().AddSingleton<ExplainService>().AddSingleton<WorkspaceAccess>();
        services.AddSingleton<AuditLog>().AddHostedService(s => s.GetRequiredService<AuditLog>());
        return services;
    }
}
