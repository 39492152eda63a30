using System.Security.Claims;
using ManagerFocus.Org;
using ManagerFocus.Web.Access;

namespace ManagerFocus.Web.Tests;

/// <summary>Server mode's mapping of a signed-in identity to one person: a stable claim, or a verified email, never a guess.</summary>
public sealed class PersonMatcherTests
{
    private static readonly IReadOnlyList<Person> People =
    [
        new() { Index = 0, Id = "p001", Name = "Ada", Email = "ada@corp.com", Aliases = ["ada-gh", "dana@corp.com"] },
        new() { Index = 1, Id = "p002", Name = "Dana", Email = "dana@corp.com" },
        new() { Index = 2, Id = "p003", Name = "Sam", Email = "sam@corp.com" },
        new() { Index = 3, Id = "p004", Name = "Sam", Email = "SAM@corp.com" },
    ];

    [Fact]
    public void A_configured_stable_claim_maps_to_the_person_with_that_id()
    {
        // Given
        var user = User(("oid", "p002"), ("email", "ada@corp.com"), ("email_verified", "true"));

        // When
        var person = PersonMatcher.Match(user, People, "oid");

        // Then
        person!.Id.ShouldBe("p002");
    }

    [Fact]
    public void A_stable_claim_that_names_nobody_maps_to_nobody_even_with_a_verified_email()
    {
        // When
        var person = PersonMatcher.Match(User(("sub", "ada-gh"), ("email", "ada@corp.com"), ("email_verified", "true")), People, "sub");

        // Then: an alias is a git or review identity, not an account.
        person.ShouldBeNull();
    }

    [Fact]
    public void A_verified_email_maps_to_the_person_with_that_email_whatever_its_case()
    {
        // When
        var person = PersonMatcher.Match(User(("email", "Dana@Corp.com"), ("email_verified", "true")), People, null);

        // Then: the people file's email, not an alias another person carries.
        person!.Id.ShouldBe("p002");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unverified_email_maps_to_nobody(string? verified)
    {
        // Given
        var claims = new List<(string, string)> { ("email", "dana@corp.com") };
        if (verified is not null)
        {
            claims.Add(("email_verified", verified));
        }

        // When
        var person = PersonMatcher.Match(User([.. claims]), People, null);

        // Then
        person.ShouldBeNull();
    }

    [Fact]
    public void An_email_two_people_share_maps_to_nobody()
    {
        // When
        var person = PersonMatcher.Match(User(("email", "sam@corp.com"), ("email_verified", "true")), People, null);

        // Then
        person.ShouldBeNull();
    }

    [Fact]
    public void A_name_alone_maps_to_nobody()
    {
        // When
        var person = PersonMatcher.Match(User(("name", "Ada"), ("preferred_username", "ada")), People, null);

        // Then
        person.ShouldBeNull();
    }

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
