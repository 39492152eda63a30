using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Policy;

namespace ManagerFocus.Tests.Policy;

public sealed class PolicyFileTests
{
    private static PolicySettings Parse(string yaml) => PolicyFile.Parse(new StringReader(yaml), "policy.yml");

    [Fact]
    public void The_printed_defaults_read_back_as_the_defaults()
    {
        var read = Parse(PolicyFile.Defaults());

        read.Definitions.BotAuthorPatterns.ShouldBe(PolicySettings.Default.Definitions.BotAuthorPatterns);
        PolicyFile.Print(read).ShouldBe(PolicyFile.Defaults());
        (read with { Definitions = read.Definitions with { BotAuthorPatterns = PolicySettings.Default.Definitions.BotAuthorPatterns } })
            .ShouldBe(PolicySettings.Default);
    }

    [Fact]
    public void Bot_author_patterns_are_a_list_in_flow_or_block_style()
    {
        Parse("definitions:\n  bot-author-patterns: [\"ci-robot\", '[bot]']\n").Definitions.BotAuthorPatterns.ShouldBe(["ci-robot", "[bot]"]);
        Parse("definitions:\n  bot-author-patterns:\n    - jenkins\n").Definitions.BotAuthorPatterns.ShouldBe(["jenkins"]);
        Should.Throw<UserError>(() => Parse("definitions:\n  bot-author-patterns: jenkins\n")).Message.ShouldContain("expected a list of strings");
    }

    [Fact]
    public void An_empty_file_is_the_default_policy()
    {
        Parse("").ShouldBe(PolicySettings.Default);
    }

    [Fact]
    public void Thresholds_and_severities_are_read()
    {
        var policy = Parse("""
            definitions:
              session-gap-minutes: 90
              coding-manager-share: 0.4
            rules:
              coding-cap:
                max-coding-share: 0.25
                severity: warning
              review-bottleneck:
                severity: off
            """);

        policy.Definitions.SessionGap.ShouldBe(TimeSpan.FromMinutes(90));
        policy.Definitions.CodingManagerShare.ShouldBe(0.4);
        policy.CodingCapMaxShare.ShouldBe(0.25);
        policy.CodingCapSeverity.ShouldBe(Severity.Warning);
        policy.ReviewBottleneckSeverity.ShouldBe(Severity.Off);
    }

    [Theory]
    [InlineData("rules:\n  coding-kap:\n    severity: error\n", "policy.yml:2: unknown rule 'coding-kap'")]
    [InlineData("rules:\n  coding-cap:\n    max-coding-share: 1.5\n", "policy.yml:3: max-coding-share is '1.5', expected a share between 0 and 1")]
    [InlineData("rules:\n  coding-cap:\n    max-coding-share: lots\n", "policy.yml:3: max-coding-share is 'lots'")]
    [InlineData("rules:\n  one-on-ones:\n    severity: fatal\n", "policy.yml:3: severity is 'fatal', expected error, warning or off")]
    [InlineData("definitions:\n  coverage-days: 2.5\n", "policy.yml:2: coverage-days is '2.5', expected a whole number")]
    [InlineData("defaults:\n  x: 1\n", "policy.yml:1: unknown section 'defaults'")]
    [InlineData("rules:\n  coding-cap:\n    limit: 0.3\n", "policy.yml:3: unknown setting 'limit' in rules.coding-cap")]
    [InlineData("rules: [a\n", "policy.yml:2: not valid YAML")]
    [InlineData("rules:\n  coding-cap: 0.3\n", "policy.yml:2: coding-cap must be a mapping")]
    [InlineData("definitions:\n  small-span-max: 12\n", "small-span-max (12) must not exceed mid-span-max (10)")]
    public void A_bad_policy_is_one_error_naming_the_line(string yaml, string expected)
    {
        Should.Throw<UserError>(() => Parse(yaml)).Message.ShouldStartWith(expected.StartsWith("policy.yml", StringComparison.Ordinal) ? expected : "policy.yml: " + expected);
    }

    [Fact]
    public void Any_damaged_policy_file_is_read_or_rejected_with_a_user_error_never_a_crash() => DamagedFiles(seed: null);

    [Fact]
    public void A_damage_that_made_the_yaml_reader_throw_an_argument_exception_is_a_user_error() => DamagedFiles(seed: "a7wPNad25YP1");

    private static void DamagedFiles(string? seed)
    {
        var valid = PolicyFile.Defaults();
        var damage = Gen.Select(Gen.Int[0, valid.Length], Gen.Int[0, 20], Gen.Char[" :-\n\t[]{}&*!|>'\"#%@x1."]);
        damage.Array[0, 6].Sample(edits =>
        {
            var text = valid;
            foreach (var (at, cut, c) in edits)
            {
                var start = Math.Min(at, text.Length);
                text = text[..start] + c + text[Math.Min(text.Length, start + cut)..];
            }

            try
            {
                Parse(text);
            }
            catch (UserError)
            {
                // A policy that cannot be used is one clear error, which is what this test allows.
            }
        }, seed: seed);
    }
}
