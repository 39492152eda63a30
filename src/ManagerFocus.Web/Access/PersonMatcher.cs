using System.Security.Claims;
using ManagerFocus.Org;

namespace ManagerFocus.Web.Access;

/// <summary>
/// Maps a signed-in identity to one person of the people file: by the configured stable claim (its value is the
/// person's id in the people file), else by an email the identity provider marks verified. Never by a name, never by an
/// unverified email, and nobody when two people match.
/// </summary>
public static class PersonMatcher
{
    public static Person? Match(ClaimsPrincipal user, IReadOnlyList<Person> people, string? personClaim)
    {
        if (personClaim is not null)
        {
            var value = user.FindFirst(personClaim)?.Value;
            return string.IsNullOrWhiteSpace(value)
                ? null
                : Single(people.Where(p => p.Id == value));
        }

        var email = user.FindFirst("email")?.Value ?? user.FindFirst(ClaimTypes.Email)?.Value;
        var verified = user.FindFirst("email_verified")?.Value;
        if (string.IsNullOrWhiteSpace(email) || !string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The people file's email only: aliases hold git and review identities, which nobody verified.
        return Single(people.Where(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)));
    }

    private static Person? Single(IEnumerable<Person> matches)
    {
        var found = matches.Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
