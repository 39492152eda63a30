using System.Text.Json;
using System.Text.Json.Nodes;
using ManagerFocus.Rendering;
using Microsoft.Extensions.DependencyInjection;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ManagerFocus.Web.Api;

/// <summary>
/// GET /api/report: the `analyze --format json` contract for a period, scoped to the viewer; GET /api/explain/{id}: a
/// person's explain rows; GET /api/me: who the token or session is. Outside the viewer's scope: 404.
/// </summary>
public static class ReportApi
{
    /// <summary>Parts of the report about the whole organization, which only administrators see.</summary>
    public static readonly IReadOnlyList<string> Withheld = ["summary", "evidence", "warnings", "inputs"];

    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/report", async (HttpContext context) =>
        {
            var view = await DashboardView.ResolveAsync(context);
            await view.AuditAsync(context, view.ScopeSubject, "api report");
            return Results.Text(ScopedJson(view), "application/json; charset=utf-8");
        });
        api.MapGet("/explain/{personId}", async (string personId, HttpContext context) =>
        {
            var view = await DashboardView.ResolveAsync(context);
            if (!view.Scope.Contains(personId) || view.Organization().Find(personId) is null)
            {
                return NotFound();
            }

            var report = ExplainService.ForViewer(
                await context.RequestServices.GetRequiredService<ExplainService>().GetAsync(view.Period, personId, context.RequestAborted), view.Scope);
            await view.AuditAsync(context, personId, "api explain");
            using var text = new StringWriter();
            ExplainJsonRenderer.Render(report, text);
            return Results.Text(text.ToString(), "application/json; charset=utf-8");
        });
        api.MapGet("/me", async (HttpContext context) =>
        {
            var view = await DashboardView.ResolveAsync(context);
            return Results.Json(new
            {
                person = view.Viewer.PersonId,
                admin = view.Viewer.IsAdmin,
                via = view.Viewer.Via,
                period = new { from = view.Period.From, to = view.Period.To },
                managersInScope = view.Scope.Managers.Count,
            }, JsonReportRenderer.Options);
        });
        return app;
    }

    /// <summary>Not a hint that the person exists: the same answer for someone outside the scope and for no one.</summary>
    public static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is nothing here for you.");

    /// <summary>The report's JSON with only the viewer's managers; the organization-wide parts withheld from non-administrators.</summary>
    public static string ScopedJson(DashboardView view)
    {
        var report = view.Period.Report with { Managers = view.Scope.Managers };
        var json = JsonSerializer.SerializeToNode(report, JsonReportRenderer.Options)!.AsObject();
        var withheld = view.Scope.IsEverything ? [] : Withheld;
        foreach (var part in withheld)
        {
            json[part] = part == "warnings" ? new JsonArray() : null;
        }

        if (!view.Scope.IsEverything)
        {
            json["warningCount"] = 0;
        }

        json["scope"] = new JsonObject
        {
            ["person"] = view.Viewer.PersonId,
            ["administrator"] = view.Viewer.IsAdmin,
            ["withheld"] = new JsonArray([.. withheld.Select(w => JsonValue.Create(w))]),
        };
        return json.ToJsonString(JsonReportRenderer.Options);
    }
}
