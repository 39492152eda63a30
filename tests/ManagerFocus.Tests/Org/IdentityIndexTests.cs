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

    [Fact]
    public void A_persons_exact_name_resolves_as_a_name_ignoring_case_accents_and_spacing()
    {
        var org = Builders.Org("id,name,email\na,José Núñez,jose@example.com\nb,Bo Li,bo@example.com\n");

        org.Identities.ResolveName("jose  NUNEZ").ShouldBe(0);
        org.Identities.ResolveName(" José Núñez ").ShouldBe(0);
        org.Identities.ResolveName("Bo Li").ShouldBe(1);
        org.Identities.ResolveName("Bo").ShouldBe(-1);
        org.Identities.ResolveName("").ShouldBe(-1);
        org.Identities.Resolve("José Núñez").ShouldBe(-1);
    }

    [Fact]
    public void A_name_two_people_share_resolves_to_neither()
    {
        var org = Builders.Org("id,name,email\na,Sam Lee,sam1@example.com\nb,Sam Lée,sam2@example.com\nc,Ann,ann@example.com\n");

        org.Identities.ResolveName("Sam Lee").ShouldBe(-1);
        org.Identities.ResolveName("Ann").ShouldBe(2);
    }

    [Theory]
    [InlineData("Ann Lee <ann@home.example>", "ann@home.example")]
    [InlineData("  <ann@home.example> ", "ann@home.example")]
    [InlineData("ann@home.example", "ann@home.example")]
    [InlineData("Ann Lee", "Ann Lee")]
    [InlineData("a <> b", "a <> b")]
    public void An_alias_written_as_name_and_email_names_the_email(string alias, string key)
    {
        var org = Builders.Org($"id,name,email,aliases\na,Ann,ann@example.com,{alias}\n");

        org.Identities.Resolve(key).ShouldBe(0);
    }
}
