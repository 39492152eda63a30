using ManagerFocus.Sources.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class RecurrenceRuleTests
{
    [Fact]
    public void Rules_beyond_the_native_expander_are_marked_for_Ical_Net()
    {
        Parse("FREQ=WEEKLY;BYDAY=TU").IsSupportedNatively.ShouldBeTrue();
        Parse("FREQ=MONTHLY;BYDAY=-1FR").IsSupportedNatively.ShouldBeTrue();
        Parse("FREQ=HOURLY").IsSupportedNatively.ShouldBeFalse();
        Parse("FREQ=YEARLY;BYWEEKNO=1").IsSupportedNatively.ShouldBeFalse();
        Parse("FREQ=YEARLY;BYDAY=20MO").IsSupportedNatively.ShouldBeFalse();
        Parse("FREQ=DAILY;BYHOUR=9").IsSupportedNatively.ShouldBeFalse();
    }

    [Theory]
    [InlineData("BYDAY=MO")]
    [InlineData("FREQ=FORTNIGHTLY")]
    [InlineData("FREQ=DAILY,WEEKLY")]
    [InlineData("FREQ=")]
    [InlineData("FREQ=WEEKLY;INTERVAL=0")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=WEEKLY;UNTIL=2025")]
    public void Bad_rules_are_rejected_with_a_reason(string text)
    {
        RecurrenceRule.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeEmpty();
    }

    private static RecurrenceRule Parse(string text)
    {
        RecurrenceRule.TryParse(text, out var rule, out _).ShouldBeTrue();
        return rule!;
    }
}
