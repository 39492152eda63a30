using ManagerFocus.Web.Access;
using ManagerFocus.Web.Auth;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Api;

/// <summary>GET /signin/link?code=...: the one-time link `serve` prints; GET /signin/oidc: server mode's identity provider.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin/link", async (string? code, HttpContext context) =>
        {
            var token = context.RequestServices.GetRequiredService<WorkspaceAccess>().Use(a => a.Redeem(code));
            if (token is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Link not valid",
                    detail: "This sign-in link was already used, has expired or was never issued; restart `managerfocus serve` for a new one, or sign in with a token.");
            }

            await AuthenticationSetup.SignInAsync(context, new Viewer(token.PersonId, token.IsAdmin, $"sign-in link {token.Id}"));
            return Results.Redirect("/");
        }).AllowAnonymous();
        app.MapGet("/signin/oidc", (HttpContext context) =>
            context.RequestServices.GetRequiredService<DashboardMode>().IsLocal
                ? ReportApi.NotFound()
                : Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [AuthenticationSetup.OidcScheme])).AllowAnonymous();
        return app;
    }
}
