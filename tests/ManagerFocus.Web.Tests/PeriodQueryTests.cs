using ManagerFocus.Web.Data;

namespace ManagerFocus.Web.Tests;

/// <summary>The period of a request: YYYY-MM-DD dates, from before to, at most 400 days, none means the default.</summary>
public sealed class PeriodQueryTests
{
    [Fact]
    public void No_dates_ask_for_the_default_period()
    {
        PeriodQuery.Parse(null, "").ShouldBe((null, null));
    }

    [Fact]
    public void Two_dates_are_the_period_from_inclusive_to_exclusive()
    {
        PeriodQuery.Parse("2026-08-03", "2026-11-02").ShouldBe((new DateOnly(2026, 8, 3), new DateOnly(2026, 11, 2)));
    }

    [Fact]
    public void A_period_of_exactly_the_longest_length_is_accepted_and_one_day_more_is_not()
    {
        PeriodQuery.Parse("2026-01-01", new DateOnly(2026, 1, 1).AddDays(PeriodQuery.MaxDays).ToString("yyyy-MM-dd")).From.ShouldNotBeNull();
        Should.Throw<BadRequestException>(() => PeriodQuery.Parse("2026-01-01", new DateOnly(2026, 1, 1).AddDays(PeriodQuery.MaxDays + 1).ToString("yyyy-MM-dd")));
    }

    [Theory]
    [InlineData("2026-1-1", null)]
    [InlineData("2026-01-01T00:00", null)]
    [InlineData("2026-01-02", "2026-01-02")]
    [InlineData("2101-01-01", null)]
    [InlineData(null, "1999-12-31")]
    public void Anything_else_is_a_bad_request(string? from, string? to)
    {
        Should.Throw<BadRequestException>(() => PeriodQuery.Parse(from, to));
    }
}
