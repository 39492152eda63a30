using System.Text;
using ManagerFocus.Activity;
using ManagerFocus.Sources.Git;

namespace ManagerFocus.Tests.Sources.Git;

public sealed class CommitIdTests
{
    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef01234567", 0x0123456789abcdefUL, 0x0123456789abcdefUL, 0x01234567UL, 0UL)]
    [InlineData("FEDCBA9876543210fedcba9876543210ffffffff", 0xfedcba9876543210UL, 0xfedcba9876543210UL, 0xffffffffUL, 0UL)]
    [InlineData("00000000000000010000000000000002000000000000000300000000000000ff", 1UL, 2UL, 3UL, 0xffUL)]
    public void A_hash_becomes_its_digits_in_order_sixteen_to_a_word(string hex, ulong a, ulong b, ulong c, ulong d)
    {
        // When a SHA-1 or SHA-256 hash is parsed
        var parsed = CommitId.TryParse(Encoding.ASCII.GetBytes(hex), out var id);

        // Then each word holds the next sixteen digits (SHA-1's third word the last eight)
        parsed.ShouldBeTrue();
        id.ShouldBe(new CommitId(a, b, c, d));
    }

    [Fact]
    public void Upper_and_lower_case_name_the_same_commit()
    {
        // Given one hash in both cases
        const string hash = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e";

        // When both are parsed
        CommitId.TryParse(Encoding.ASCII.GetBytes(hash), out var lower).ShouldBeTrue();
        CommitId.TryParse(Encoding.ASCII.GetBytes(hash.ToUpperInvariant()), out var upper).ShouldBeTrue();

        // Then they are one id
        upper.ShouldBe(lower);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef0123456")]
    [InlineData("0123456789abcdef0123456789abcdef012345678")]
    [InlineData("0123456789abcdeg0123456789abcdef01234567")]
    [InlineData("0123456789abcdef0123456789abcdef0123456 ")]
    [InlineData("x123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Anything_but_40_or_64_hex_digits_is_not_a_hash(string text)
    {
        // When text of the wrong length or with a non-hex character is parsed
        var parsed = CommitId.TryParse(Encoding.ASCII.GetBytes(text), out var id);

        // Then it is refused
        parsed.ShouldBeFalse();
        id.ShouldBe(default);
    }
}
