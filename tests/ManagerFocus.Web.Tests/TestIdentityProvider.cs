using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// An OpenID Connect provider on loopback that does what a real one does for the authorization-code flow with PKCE:
/// discovery, a key set, an authorize endpoint answering with the form_post page a browser submits (or, when asked, a
/// redirect carrying the code in the query), and a token endpoint
/// that checks the client's secret, the redirect, the PKCE verifier and single use of each code before it hands out an
/// RS256-signed ID token. The user who "signs in" next is set by the test.
/// </summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "managerfocus-dashboard";
    public const string ClientSecret = "a-client-secret-known-to-both";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private WebApplication _app = null!;

    private TestIdentityProvider()
    {
    }

    public string Authority { get; private set; } = "";

    /// <summary>The claims of the user who signs in next (beyond iss, aud, sub, nonce and the times).</summary>
    public Dictionary<string, object> NextUser { get; set; } = [];

    /// <summary>When true, the ID token is signed with a key the provider does not publish (a forged token).</summary>
    public bool SignWithUnpublishedKey { get; set; }

    /// <summary>How many token requests were refused, and why, for the tests to assert.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var provider = new TestIdentityProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.KeySet);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", (Delegate)provider.Token);
        await app.StartAsync();
        provider._app = app;
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
        _otherKey.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = $"{Authority}/authorize",
        ["token_endpoint"] = $"{Authority}/token",
        ["jwks_uri"] = $"{Authority}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "form_post", "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
    });

    private IResult KeySet()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "k1" });
        return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
    }

    /// <summary>Signs the next user in at once and answers with the self-submitting form a browser posts back.</summary>
    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256")
        {
            return Results.BadRequest("unexpected authorization request");
        }

        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(query["redirect_uri"]!, query["code_challenge"]!, query["nonce"].ToString(), new Dictionary<string, object>(NextUser));
        // Without response_mode the code flow answers in the query, as the specification says.
        if (query["response_mode"] != "form_post")
        {
            return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
        }

        var redirect = WebUtility.HtmlEncode(query["redirect_uri"]);
        var html = $"""
            <html><body onload="document.forms[0].submit()">
            <form method="post" action="{redirect}">
            <input type="hidden" name="code" value="{code}" />
            <input type="hidden" name="state" value="{WebUtility.HtmlEncode(query["state"])}" />
            </form></body></html>
            """;
        return Results.Content(html, "text/html");
    }

    private async Task<IResult> Token(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(context.Request, form);
        if (clientId != ClientId || secret != ClientSecret)
        {
            return Refuse("invalid_client");
        }

        if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant))
        {
            return Refuse("invalid_grant: unknown or used code");
        }

        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (form["redirect_uri"] != grant.RedirectUri || challenge != grant.CodeChallenge)
        {
            return Refuse("invalid_grant: redirect or PKCE verifier does not match");
        }

        var claims = new Dictionary<string, object>(grant.Claims) { ["nonce"] = grant.Nonce };
        var now = DateTime.UtcNow;
        var signingKey = SignWithUnpublishedKey ? _otherKey : _key;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = token });

        IResult Refuse(string why)
        {
            Refusals.Enqueue(why);
            return Results.Json(new { error = why.Split(':')[0] }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        return (form["client_id"], form["client_secret"]);
    }

    private sealed record Grant(string RedirectUri, string CodeChallenge, string Nonce, Dictionary<string, object> Claims);
}
