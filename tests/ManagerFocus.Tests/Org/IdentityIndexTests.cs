namespace ManagerFocus.Tests.Org;

public sealed class IdentityIndexTests
{
    [Fact]
    public void Emails_and_aliases_resolve_case_insensitively_and_trimmed()
    {
        var org = Builders.Org("id,name,email,aliases\na,Ann,Ann@Example.com,ann-gh;Ann Lee;ann@old.example.com\nb,Bo,bo@example.com,\n");

        org.Identities.Resolve("ann@example.COM").ShouldBe(0);
        org.Identities.Resolve("  ANN-GH ").ShouldBe(0);
        org.Identities.Resolve("ann lee").ShouldBe(0);
        org.Identities.Resolve("ann@old.example.com".AsSpan()).ShouldBe(0);
        org.Identities.Resolve("bo@example.com").ShouldBe(1);
    }

    [Fact]
    public void Display_names_ids_and_unknown_keys_resolve_to_nobody()
    {
        var org = Builders.Org("id,name,email\na,Ann,ann@example.com\n");

        org.Identities.Resolve("Ann").ShouldBe(-1);
        org.Identities.Resolve("a").ShouldBe(-1);
        org.Identities.Resolve("").ShouldBe(-1);
        org.Identities.Resolve((string?)null).ShouldBe(-1);
    }

    [Fact]
    public void An_email_that_is_also_anothers_alias_resolves_to_neither()
    {
        var org = Builders.Org("id,name,email,aliases\na,Ann,shared@example.com,\nb,Bo,bo@example.com,shared@example.com\n");

        org.Identities.Resolve("shared@example.com").ShouldBe(-1);
        org.Identities.Resolve("bo@example.com").ShouldBe(1);
    }
}
