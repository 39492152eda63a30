using ManagerFocus.Web.Access;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Auth;

/// <summary>
/// Sign-in: a server-side session behind an HttpOnly, SameSite cookie (from the one-time link, a token pasted on the
/// sign-in page, or OpenID Connect in server mode), or a bearer token on any request. Every endpoint but the sign-in
/// page and the assets needs one of them.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "Dashboard";
    public const string CookieName = "mf_session";
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddDashboardAuthentication(this IServiceCollection services, DashboardMode mode)
    {
        services.AddSingleton<MemoryTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<MemoryTicketStore>((o, store) => o.SessionStore = store);
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 || context.Request.Path.StartsWithSegments("/api")
                    ? BearerHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerHandler>(BearerHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = MemoryTicketStore.Lifetime;
                o.SlidingExpiration = false;
                o.LoginPath = "/signin";
                o.Events.OnRedirectToLogin = RedirectOrRefuse;
                o.Events.OnRedirectToAccessDenied = context => Problems.WriteAsync(context.HttpContext, StatusCodes.Status404NotFound, "Not found", "There is nothing here.");
            });
        if (mode.Oidc is { } oidc)
        {
            authentication.AddOpenIdConnect(OidcScheme, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.RequireHttpsMetadata = oidc.RequireHttps;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.CallbackPath = "/signin-oidc";
                if (!oidc.RequireHttps)
                {
                    // Over plain http a browser drops SameSite=None cookies (they must be Secure), so the provider's cross-site
                    // form post would arrive without the correlation cookie: the code comes back on a top-level redirect
                    // instead, which carries SameSite=Lax cookies.
                    o.ResponseMode = OpenIdConnectResponseMode.Query;
                    foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
                    {
                        cookie.SameSite = SameSiteMode.Lax;
                        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    }
                }

                o.Scope.Clear();
                foreach (var scope in oidc.Scopes)
                {
                    o.Scope.Add(scope);
                }

                o.Events.OnTokenValidated = context => MapToPerson(context, oidc, mode);
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/signin?error=provider");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mf_antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>A page asked for without a session redirects to sign-in; a stale, forged or replayed cookie gets a 401 and is cleared.</summary>
    private static Task RedirectOrRefuse(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Cookies.ContainsKey(CookieName))
        {
            context.Response.Cookies.Delete(CookieName);
            return Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Session not valid",
                "This session has ended or was never issued here; sign in again at /signin.");
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task MapToPerson(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context, OidcSettings oidc, DashboardMode mode)
    {
        var analyses = context.HttpContext.RequestServices.GetRequiredService<AnalysisCache>();
        var period = await analyses.GetAsync(null, null);
        var person = PersonMatcher.Match(context.Principal!, period.Organization.People, oidc.PersonClaim);
        if (person is null)
        {
            context.Fail("this sign-in matches no one person in the people file (by the configured claim, or a verified email)");
            return;
        }

        context.Principal = new Viewer(person.Id, mode.Admins.Contains(person.Id), "openid connect").ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Signs a viewer in with a new server-side session.</summary>
    public static Task SignInAsync(HttpContext context, Viewer viewer) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, viewer.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));

}
