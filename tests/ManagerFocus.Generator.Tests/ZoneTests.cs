
namespace ManagerFocus.Generator.Tests;

public sealed class ZoneTests
{
    private static Zone Find(string id) => Zone.All.Single(z => z.Id == id);

    [Theory]
    [InlineData("Europe/Berlin", 2026, 1, 15, 9, "2026-01-15T08:00:00Z")]
    [InlineData("Europe/Berlin", 2026, 7, 15, 9, "2026-07-15T07:00:00Z")]
    [InlineData("America/New_York", 2026, 3, 9, 9, "2026-03-09T13:00:00Z")]
    [InlineData("America/New_York", 2026, 11, 2, 9, "2026-11-02T14:00:00Z")]
    [InlineData("Asia/Kolkata", 2026, 6, 1, 9, "2026-06-01T03:30:00Z")]
    [InlineData("UTC", 2026, 6, 1, 9, "2026-06-01T09:00:00Z")]
    public void Local_times_convert_with_the_zones_daylight_saving_rule(string zone, int year, int month, int day, int hour, string utc)
    {
        var unix = Find(zone).ToUnix(new DateTime(year, month, day, hour, 0, 0));

        DateTimeOffset.FromUnixTimeSeconds(unix).ShouldBe(DateTimeOffset.Parse(utc));
    }

    [Fact]
    public void Conversions_agree_with_the_systems_time_zone_database_over_a_year()
    {
        foreach (var zone in Zone.All.Where(z => !z.IsUtc))
        {
            var system = TimeZoneInfo.FindSystemTimeZoneById(zone.Id);
            for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
            {
                var local = day.ToDateTime(new TimeOnly(10, 0));

                zone.ToUnix(local).ShouldBe(new DateTimeOffset(local, system.GetUtcOffset(local)).ToUnixTimeSeconds(), $"{zone.Id} {day}");
            }
        }
    }

    [Fact]
    public void Git_offsets_follow_daylight_saving()
    {
        var berlin = Find("Europe/Berlin");

        berlin.GitOffset(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()).ShouldBe("+0100");
        berlin.GitOffset(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()).ShouldBe("+0200");
        Find("America/Los_Angeles").GitOffset(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()).ShouldBe("-0700");
    }
}
