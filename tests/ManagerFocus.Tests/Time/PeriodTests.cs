using ManagerFocus.Time;

namespace ManagerFocus.Tests.Time;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(1970, 1, 1, 1970, 1, 2)]
    [InlineData(1969, 12, 31, 1970, 1, 1)]
    [InlineData(2026, 8, 3, 2026, 11, 2)]
    [InlineData(2024, 2, 29, 2024, 3, 1)]
    [InlineData(1, 1, 1, 9999, 12, 31)]
    public void Unix_bounds_are_the_first_and_end_days_at_midnight_utc(int fy, int fm, int fd, int ty, int tm, int td)
    {
        // Given a period
        var period = new Period(new DateOnly(fy, fm, fd), new DateOnly(ty, tm, td));

        // Then its unix bounds are its start and end instants
        period.StartUnix.ShouldBe(period.Start.ToUnixTimeSeconds());
        period.EndUnix.ShouldBe(period.End.ToUnixTimeSeconds());
    }

    [Fact]
    public void A_period_holds_its_first_second_and_not_its_end()
    {
        // Given one day
        var period = new Period(new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 4));
        var start = new DateTimeOffset(2026, 8, 3, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

        // Then it holds 00:00:00 to 23:59:59 of that day
        period.Contains(start - 1).ShouldBeFalse();
        period.Contains(start).ShouldBeTrue();
        period.Contains(start + 86_399).ShouldBeTrue();
        period.Contains(start + 86_400).ShouldBeFalse();
    }
}
