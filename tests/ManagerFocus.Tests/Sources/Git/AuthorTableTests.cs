using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class AuthorTableTests
{
    [Theory]
    [InlineData("12345+ada-gh@users.noreply.github.com", "ada-gh")]
    [InlineData("ada-gh@USERS.NOREPLY.GITHUB.COM", "ada-gh")]
    [InlineData("ada@corp.com", null)]
    [InlineData("12345+ada-gh@noreply.github.com", null)]
    public void Noreply_login_is_read_from_github_addresses_only(string email, string? login)
    {
        AuthorTable.NoreplyLogin(email).ShouldBe(login);
    }

    [Theory]
    [InlineData("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", true)]
    [InlineData("GitHub Actions", "41898282+github-actions@users.noreply.github.com", true)]
    [InlineData("Renovate Bot", "bot@renovateapp.com", true)]
    [InlineData("Abbot Smith", "abbot@corp.com", false)]
    public void Bots_are_names_ending_in_bot_or_matching_a_default_pattern(string name, string email, bool bot)
    {
        new BotFilter(MetricSettings.Default.BotAuthorPatterns).IsBot(name, email).ShouldBe(bot);
    }

    [Fact]
    public void One_unknown_identity_gets_one_code_whatever_its_case()
    {
        var org = new GitFixture().Organization;
        var table = new AuthorTable(org.Identities, new BotFilter([]));

        var first = table.Resolve("stranger@else.example", "Stranger");
        var again = table.Resolve("STRANGER@else.example", "stranger");

        again.ShouldBe(first);
        first.ShouldBeLessThan(0);
        table.IdentityOf(first).ShouldBe("Stranger <stranger@else.example>");
    }
}
