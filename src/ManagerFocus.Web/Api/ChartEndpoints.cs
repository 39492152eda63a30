using ManagerFocus.Rendering;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ManagerFocus.Web.Api;

/// <summary>
/// GET /charts/{name}.svg: the organization home's charts over the managers in the viewer's scope, drawn once per
/// viewer and period by the rendering project and served apart from the page, so a browser keeps them between visits.
/// </summary>
public static class ChartEndpoints
{
    public static readonly IReadOnlyList<string> Names = ["time-split", "span-coding"];

    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/{name}.svg", async (string name, HttpContext context) =>
        {
            var view = await DashboardView.ResolveAsync(context);
            var svg = Draw(view, name);
            if (svg is null)
            {
                return ReportApi.NotFound();
            }

            await view.AuditAsync(context, view.ScopeSubject, $"chart {name}");
            context.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(svg, "image/svg+xml; charset=utf-8");
        });
        return app;
    }

    /// <summary>The chart, or null for an unknown name or one whose input the workspace lacks.</summary>
    public static string? Draw(DashboardView view, string name) => name switch
    {
        "time-split" => view.Period.Drawn(view.Viewer, name, () => DashboardCharts.TimeSplit(view.Scope.Managers)),
        "span-coding" => view.Period.Drawn(view.Viewer, name, () => DashboardCharts.SpanCoding(view.Scope.Managers, view.Period.Report.Policy)),
        _ => null,
    };
}
