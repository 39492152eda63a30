using ManagerFocus.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ManagerFocus.Web;

/// <summary>
/// Local mode (no identity provider configured): loopback only, an administrator signs in with the printed link and
/// anyone else with a token. Server mode: OpenID Connect, from configuration section Oidc.
/// </summary>
public sealed record DashboardMode(bool IsLocal, OidcSettings? Oidc, IReadOnlySet<string> Admins)
{
    public static DashboardMode From(IConfiguration configuration, string urls)
    {
        var admins = (configuration["Admins"] ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var oidc = OidcSettings.From(configuration.GetSection("Oidc"));
        if (oidc is not null)
        {
            return new DashboardMode(false, oidc, admins);
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.IsLoopback || uri.Host is "127.0.0.1" or "[::1]" or "localhost"))
            {
                throw UserError.InvalidOption("--urls", url,
                    "local mode listens on loopback only (http://127.0.0.1:PORT); to serve others, configure OpenID Connect (MANAGERFOCUS_Oidc__Authority, ...)");
            }
        }

        return new DashboardMode(true, null, admins);
    }
}
