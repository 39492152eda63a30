using ManagerFocus.Rendering;
using ManagerFocus.Web.Data;
using ManagerFocus.Web.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Api;

/// <summary>GET /export/{table}.csv[?id=...]: every table of every page as CSV, with the same scope as the page (404 outside it).</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{table}.csv", async (string table, string? id, string? sort, string? dir, HttpContext context) =>
        {
            var view = await DashboardView.ResolveAsync(context);
            var found = await FindAsync(table, id, sort, dir == "desc", view, context);
            if (found is null)
            {
                return ReportApi.NotFound();
            }

            await view.AuditAsync(context, id ?? view.ScopeSubject, $"export {table}");
            using var text = new StringWriter();
            CsvTable.Write(text, found.Header, found.Rows.Select(r => r.Cells));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{table}-{view.Period.From:yyyy-MM-dd}.csv");
        });
        return app;
    }

    /// <summary>The table a page shows, or null when it does not exist or is outside the viewer's scope.</summary>
    public static async Task<DataTable?> FindAsync(string table, string? id, string? sort, bool descending, DashboardView view, HttpContext context)
    {
        var manager = id is not null && view.Scope.Contains(id) ? view.Period.Manager(id) : null;
        var admin = view.Scope.IsEverything;
        switch (table)
        {
            case "managers":
                return ManagerTables.Managers(view, sort, descending);
            case "time-split" when manager is not null:
                return ManagerTables.TimeSplit(manager);
            case "weeks" when manager is not null:
                return ManagerTables.Weeks(manager);
            case "span" when manager is not null:
                return ManagerTables.Span(manager, view);
            case "without-one-on-one" when manager is not null:
                return ManagerTables.WithoutOneOnOne(manager, view);
            case "review-wait" when manager is not null:
                return ManagerTables.ReviewWait(manager);
            case "violations" when manager is not null:
                return ManagerTables.Violations(manager);
            case "recommendations" when manager is not null:
                return ManagerTables.Recommendations(manager);
            case "explain" or "explain-groups" or "explain-sessions" or "explain-reviews"
                when id is not null && view.Scope.Contains(id) && view.Organization().Find(id) is not null:
                var explained = ExplainService.ForViewer(
                    await context.RequestServices.GetRequiredService<ExplainService>().GetAsync(view.Period, id, context.RequestAborted), view.Scope);
                return table switch
                {
                    "explain" => OrganizationTables.Explain(explained),
                    "explain-groups" => OrganizationTables.ExplainGroups(explained),
                    "explain-sessions" => ExplainTables.Sessions(explained),
                    _ => ExplainTables.Reviews(explained),
                };
            case "inputs":
                return OrganizationTables.Inputs(view, context.RequestServices.GetRequiredService<WorkspaceAccess>().Sources());
            case "policy":
                return OrganizationTables.Policy(view.Period.Report.Policy);
            case "without-calendar" or "unattributed" or "warnings" or "notices":
                return HealthTables.Find(table, view);
            case "evidence" when admin:
                return OrganizationTables.Evidence(view.Period.Report.Evidence);
            case "audit" when admin:
                return OrganizationTables.Audit(context.RequestServices.GetRequiredService<AuditLog>().Latest(null, 500));
            case "audit-about-me" when view.Viewer.PersonId is { } me:
                return OrganizationTables.Audit(context.RequestServices.GetRequiredService<AuditLog>().Latest(me, 200));
            default:
                return null;
        }
    }
}
