using System.Security.Claims;

namespace ManagerFocus.Web.Access;

/// <summary>Who is signed in: a person (by id), an administrator, or both; <see cref="Via"/> says how they signed in.</summary>
public sealed record Viewer(string? PersonId, bool IsAdmin, string Via)
{
    public const string PersonClaim = "mf:person";
    public const string AdminClaim = "mf:admin";
    public const string ViaClaim = "mf:via";

    /// <summary>How the audit log names this viewer.</summary>
    public string Label => (IsAdmin ? "admin" : "person") + (PersonId is null ? "" : $" {PersonId}") + $" ({Via})";

    /// <summary>The key scopes and cached charts are kept under.</summary>
    public string Key => IsAdmin ? "*" : PersonId ?? "";

    public static Viewer? From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new Viewer(user.FindFirst(PersonClaim)?.Value, user.HasClaim(AdminClaim, "true"), user.FindFirst(ViaClaim)?.Value ?? "unknown")
            : null;

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ViaClaim, Via), new(ClaimTypes.Name, PersonId ?? "administrator") };
        if (PersonId is not null)
        {
            claims.Add(new Claim(PersonClaim, PersonId));
        }

        if (IsAdmin)
        {
            claims.Add(new Claim(AdminClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
