using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Tests.Org;

public sealed class IdentitySuggesterTests
{
    private static IdentitySuggester Suggester(string rows) =>
        new(Builders.Org("id,name,email,aliases\n" + rows).People);

    private const string Team = """
        p1,Alice Martin,alice.martin@corp.com,
        p2,Bob Stone,bstone@corp.com,
        p3,José Núñez,jose@corp.com,
        p4,Chen Novak,cn@corp.com,

        """;

    [Theory]
    [InlineData("Alice Martin <alice.martin@home.example>", "p1", "same email local part")]
    [InlineData("Martin Alice <x1@home.example>", "p1", "same name")]
    [InlineData("jose nunez <x2@home.example>", "p3", "same name")]
    [InlineData("NUÑEZ José <x3@home.example>", "p3", "same name")]
    [InlineData("A. Martin <x4@home.example>", "p1", "initial and surname")]
    [InlineData("amartin", "p1", "login made of the name")]
    [InlineData("martinalice", "p1", "login made of the name")]
    [InlineData("bstone", "p2", "login is the email's local part")]
    [InlineData("chennovak", "p4", "login made of the name")]
    [InlineData("chennovak2", "p4", "one letter from the name")]
    [InlineData("chnenovak", "p4", "one letter from the name")]
    [InlineData("Someone <cnovak@home.example>", "p4", "email local part made of the name")]
    public void The_clearly_best_person_is_suggested_with_the_reason(string identity, string id, string reason)
    {
        var suggestion = Suggester(Team).Suggest(identity);

        suggestion.ShouldNotBeNull();
        suggestion.Id.ShouldBe(id);
        suggestion.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("contractor-2")]
    [InlineData("Zed Unknown <zed@else.example>")]
    [InlineData("abc")]
    public void An_identity_like_no_one_gets_no_suggestion(string identity) =>
        Suggester(Team).Suggest(identity).ShouldBeNull();

    [Fact]
    public void Two_equally_good_candidates_give_no_suggestion()
    {
        var suggester = Suggester("p1,Ann Lee,ann1@corp.com,\np2,Ann Lee,ann2@corp.com,\np3,Lee Ann,lee@corp.com,\n");

        suggester.Suggest("annlee").ShouldBeNull();
        suggester.Suggest("Lee Ann <x@home.example>").ShouldBeNull();
    }

    [Fact]
    public void A_better_reason_beats_a_weaker_one_for_another_person()
    {
        // p2's email local part is the login itself; p1 is only one letter away from it.
        var suggester = Suggester("p1,Sam Ray,samray1@corp.com,\np2,Other Person,samray@corp.com,\n");

        suggester.Suggest("samray").ShouldBe(new IdentitySuggestion("p2", "Other Person", "login is the email's local part"));
    }

    [Theory]
    [InlineData("kitten", "sitten", true)]
    [InlineData("kitten", "kitte", true)]
    [InlineData("kitten", "kittens", true)]
    [InlineData("kitten", "iktten", true)]
    [InlineData("kitten", "kitten", false)]
    [InlineData("kitten", "sittin", false)]
    [InlineData("kitten", "ktitne", false)]
    [InlineData("ab", "abcd", false)]
    public void Near_forms_are_one_substitution_insertion_deletion_or_adjacent_swap_away(string form, string other, bool near) =>
        IdentitySuggester.Near(form).Contains(other).ShouldBe(near);
}
