using System.Net;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Tests;

/// <summary>Server mode: OpenID Connect from configuration sends the browser to the provider with the configured client and scopes.</summary>
public sealed class ServerModeTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Signing_in_in_server_mode_goes_to_the_configured_provider_with_pkce_and_no_link_is_printed()
    {
        // Given a provider's discovery document served on loopback, and the dashboard configured for it
        await using var provider = await Provider();
        var authority = provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var server = await DashboardServer.StartAsync(new DashboardOptions
        {
            Workspace = dashboard.Organization.Workspace,
            Urls = "http://127.0.0.1:0",
            LogLevel = LogLevel.Warning,
            Settings = new Dictionary<string, string?>
            {
                ["Oidc:Authority"] = authority,
                ["Oidc:ClientId"] = "managerfocus-dashboard",
                ["Oidc:ClientSecret"] = "not-used-before-the-callback",
                ["Oidc:Scopes"] = "openid email",
                ["Oidc:PersonClaim"] = "oid",
                ["Oidc:RequireHttps"] = "false",
            },
        }, TestContext.Current.CancellationToken);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        // When
        using var response = await client.GetAsync("/signin/oidc", TestContext.Current.CancellationToken);

        // Then
        server.SignInLink.ShouldBeNull();
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(authority + "/authorize");
        var query = HttpUtility.ParseQueryString(location.Query);
        query["client_id"].ShouldBe("managerfocus-dashboard");
        query["scope"].ShouldBe("openid email");
        query["response_type"].ShouldBe("code");
        query["code_challenge_method"].ShouldBe("S256");
        query["redirect_uri"].ShouldBe(new Uri(server.Address, "/signin-oidc").AbsoluteUri);
        (await client.GetStringAsync("/signin", TestContext.Current.CancellationToken)).ShouldContain("sign-in-oidc");
    }

    /// <summary>A provider's discovery document and an empty key set: enough for the dashboard to build its redirect.</summary>
    private static async Task<WebApplication> Provider()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var self = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = self,
                ["authorization_endpoint"] = $"{self}/authorize",
                ["token_endpoint"] = $"{self}/token",
                ["jwks_uri"] = $"{self}/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await app.StartAsync();
        return app;
    }
}
