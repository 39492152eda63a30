using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Tests.Analysis;

public sealed class ExplainedPersonTests
{
    private static readonly ManagerFocus.Org.Organization Org = Builders.Org("""
        id,name,email,manager_id,aliases
        p001,José Núñez,jose@corp.com,,jn-gh;jose@home.example
        p002,Sam Roe,sam@corp.com,p001,
        p003,Sam Roe,sam.roe@corp.com,p001,
        p004,Ada Lovelace,ada@corp.com,p001,
        """);

    [Theory]
    [InlineData("p004", "p004")]
    [InlineData("jose@corp.com", "p001")]
    [InlineData("JOSE@HOME.example", "p001")]
    [InlineData("jn-gh", "p001")]
    [InlineData("jose  nunez", "p001")]
    [InlineData("ADA LOVELACE", "p004")]
    public void An_id_email_alias_or_exact_name_finds_the_person(string given, string id) =>
        ExplainedPerson.Find(Org, given).Id.ShouldBe(id);

    [Fact]
    public void A_name_two_people_share_is_refused_naming_both()
    {
        var error = Should.Throw<UserError>(() => ExplainedPerson.Find(Org, "sam roe"));

        error.Message.ShouldContain("2 people have this name (p002, p003)");
    }

    [Theory]
    [InlineData("p0004", "did you mean p004 (Ada Lovelace)?")]
    [InlineData("Ada Lovelac", "did you mean p004 (Ada Lovelace)?")]
    public void An_unknown_person_close_to_one_gets_a_suggestion(string given, string suggestion) =>
        Should.Throw<UserError>(() => ExplainedPerson.Find(Org, given)).Message.ShouldContain(suggestion);

    [Fact]
    public void An_unknown_person_far_from_everyone_gets_no_suggestion() =>
        Should.Throw<UserError>(() => ExplainedPerson.Find(Org, "nobody-at-all")).Message.ShouldNotContain("did you mean");

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("p004", "p0004", 1)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance) =>
        ExplainedPerson.Distance(a, b).ShouldBe(distance);
}
