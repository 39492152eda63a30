using ManagerFocus.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ManagerFocus.Web;

/// <summary>
/// Server mode's identity provider: Oidc:Authority, Oidc:ClientId, Oidc:ClientSecret, Oidc:Scopes (space separated)
/// and Oidc:PersonClaim, the stable claim (such as sub or oid) whose value is a person's id in the people file.
/// Oidc:RequireHttps=false allows an http authority and an http dashboard (a provider on the same machine, a trial): the code
/// then comes back on a redirect rather than a form post, the one way a browser keeps the sign-in's cookies over http.
/// </summary>
public sealed record OidcSettings(string Authority, string ClientId, string? ClientSecret, IReadOnlyList<string> Scopes, string? PersonClaim)
{
    public bool RequireHttps { get; init; } = true;

    public static OidcSettings? From(IConfigurationSection section)
    {
        if (string.IsNullOrWhiteSpace(section["Authority"]))
        {
            return null;
        }

        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new UserError("OpenID Connect is configured without a client id: set MANAGERFOCUS_Oidc__ClientId beside MANAGERFOCUS_Oidc__Authority.");
        }

        var scopes = (section["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new OidcSettings(section["Authority"]!, clientId, section["ClientSecret"], scopes, NullIfEmpty(section["PersonClaim"]))
        {
            RequireHttps = !string.Equals(section["RequireHttps"], "false", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
