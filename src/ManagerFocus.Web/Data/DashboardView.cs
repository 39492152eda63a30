using ManagerFocus.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Data;

/// <summary>What every page and endpoint starts from: who asks, the period asked for (analysed by the engine) and what they may see of it.</summary>
public sealed record DashboardView(Viewer Viewer, AnalyzedPeriod Period, Scope Scope)
{
    public static async Task<DashboardView> ResolveAsync(HttpContext context)
    {
        // The fallback authorization policy lets no anonymous request this far.
        var viewer = Viewer.From(context.User) ?? throw new InvalidOperationException("an anonymous request reached a protected endpoint");
        var (from, to) = PeriodQuery.Parse(context.Request.Query["from"], context.Request.Query["to"]);
        var period = await context.RequestServices.GetRequiredService<AnalysisCache>().GetAsync(from, to);
        return new DashboardView(viewer, period, period.ScopeOf(viewer));
    }

    /// <summary>Adds an audit line: this viewer saw <paramref name="subject"/>'s figures.</summary>
    public ValueTask AuditAsync(HttpContext context, string subject, string action) =>
        context.RequestServices.GetRequiredService<AuditLog>().ViewedAsync(Viewer, subject, action, Period.Name);

    public Org.Organization Organization() => Period.Organization;

    /// <summary>How the audit log names the whole of this viewer's scope.</summary>
    public string ScopeSubject => Scope.IsEverything ? "organization" : $"organization under {Viewer.PersonId}";
}
