using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class TimeZoneNamesTests
{
    [Theory]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin")]
    [InlineData("\"W. Europe Standard Time\"", "Europe/Berlin")]
    public void Zone_names_from_Outlook_Google_and_Mozilla_resolve(string name, string iana)
    {
        var zone = TimeZoneNames.Find(name).ShouldNotBeNull();

        zone.GetUtcOffset(new DateTime(2025, 7, 1)).ShouldBe(TimeZoneInfo.FindSystemTimeZoneById(iana).GetUtcOffset(new DateTime(2025, 7, 1)));
    }

    [Fact]
    public void Unknown_zone_names_resolve_to_nothing()
    {
        TimeZoneNames.Find("Mars/Olympus").ShouldBeNull();
    }
}
