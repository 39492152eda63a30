using System.Diagnostics;
using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Policy;

namespace ManagerFocus.Tests.Policy;

/// <summary>Policy files an attacker could hand over: deep nesting, alias bombs, devices and absurd numbers are one clear error.</summary>
public sealed class PolicyFileBoundsTests
{
    private static UserError Refused(string yaml) => Should.Throw<UserError>(() => PolicyFile.Parse(new StringReader(yaml), "policy.yml"));

    [Theory]
    [InlineData(100)]
    [InlineData(20_000)]
    [InlineData(200_000)]
    public void Deep_flow_nesting_is_refused_without_overflowing_the_stack(int depth)
    {
        Refused("version: 1\ndefinitions: " + new string('[', depth) + new string(']', depth)).Message.ShouldContain("nested deeper");
    }

    [Fact]
    public void Deep_block_nesting_is_refused()
    {
        var yaml = "version: 1\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n"));

        Refused(yaml).Message.ShouldContain("nested deeper");
    }

    [Theory]
    [InlineData("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")]
    [InlineData("version: 1\ndefinitions:\n  bot-author-patterns: &p [bot]\nevidence: *p\n")]
    public void Anchors_and_aliases_are_refused(string yaml)
    {
        Refused(yaml).Message.ShouldContain("policy.yml:");
    }

    [Theory]
    [InlineData("evidence:\n  bootstrap-resamples: 2000000000\n")]
    [InlineData("evidence:\n  bootstrap-resamples: 99999999999999999999\n")]
    [InlineData("definitions:\n  session-gap-minutes: 1e308\n")]
    [InlineData("definitions:\n  coverage-days: 100000\n")]
    [InlineData("definitions:\n  mid-span-max: 2147483647\n")]
    [InlineData("rules:\n  review-bottleneck:\n    max-ratio: 1e12\n")]
    public void Numbers_beyond_their_bounds_are_refused(string settings)
    {
        Refused("version: 1\n" + settings).Message.ShouldContain("expected");
    }

    [Fact]
    public void A_device_as_policy_is_refused_at_once()
    {
        var watch = Stopwatch.StartNew();

        Should.Throw<UserError>(() => PolicyFile.Load("/dev/zero")).Message.ShouldContain("not a regular file");

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Generated_yaml_of_brackets_anchors_and_aliases_is_a_user_error_or_a_policy_quickly()
    {
        var token = Gen.OneOfConst("[", "]", "{", "}", "&a ", "*a", ": ", "- ", "\n", "  ", "x", ",", "version: 1\n", "evidence:\n");
        var watch = Stopwatch.StartNew();

        token.Array[0, 2_000].Select(parts => string.Concat(parts)).Sample(yaml =>
        {
            try
            {
                PolicyFile.Parse(new StringReader(yaml), "policy.yml");
            }
            catch (UserError)
            {
                // A clear error is the expected outcome for most of these.
            }
        }, iter: 500);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }
}
