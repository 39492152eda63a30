using System.Text.Encodings.Web;
using ManagerFocus.Web.Access;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ManagerFocus.Web.Auth;

/// <summary>`Authorization: Bearer mf_...`: a token from `managerfocus token`, checked against its hash in the workspace.</summary>
public sealed class BearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WorkspaceAccess access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not a bearer token"));
        }

        var token = access.Use(a => a.FindBearer(header["Bearer ".Length..].Trim()));
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("the bearer token is malformed, unknown, expired or revoked"));
        }

        var viewer = new Viewer(token.PersonId, token.IsAdmin, $"token {token.Id}");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(viewer.ToPrincipal(SchemeName), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Sign-in required",
            Request.Headers.Authorization.Count > 0
                ? "The bearer token is malformed, unknown, expired or revoked; create one with `managerfocus token`."
                : "Send `Authorization: Bearer <token>` (from `managerfocus token`) or sign in at /signin.");
    }
}
