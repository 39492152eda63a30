using ManagerFocus.Activity.Calendar;
using ManagerFocus.Sources.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class RecurrenceRuleTests
{
    [Fact]
    public void Rules_beyond_the_fast_expander_are_marked_for_the_full_expander()
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
        RecurrenceRuleParser.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;UNTL=20191023")]
    [InlineData("FREQ=WEEKLY;COUNT=0")]
    [InlineData("FREQ=WEEKLY;COUNT=-1")]
    [InlineData("RSCALE=HEBREW;FREQ=YEARLY")]
    [InlineData("FREQ=DAILY;BYHOUR=24")]
    public void Unknown_parts_and_counts_below_one_without_until_are_rejected_without_quoting_the_rule(string text)
    {
        RecurrenceRuleParser.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldStartWith("RRULE");
        error.ShouldNotContain("20191023");
        error.ShouldNotContain("HEBREW");
    }

    [Fact]
    public void A_count_below_one_beside_until_is_dropped_and_said()
    {
        RecurrenceRuleParser.TryParse("FREQ=WEEKLY;UNTIL=20191023T120000Z;COUNT=-1", out var rule, out var note).ShouldBeTrue();

        rule!.Count.ShouldBeNull();
        rule.Until.ShouldNotBeNull();
        note.ShouldContain("COUNT is ignored");
    }

    [Fact]
    public void Private_x_parts_are_ignored_and_said_and_gregorian_rscale_is_accepted()
    {
        RecurrenceRuleParser.TryParse("FREQ=WEEKLY;X-NAME=1", out var rule, out var note).ShouldBeTrue();
        note.ShouldContain("X- part");
        rule!.Frequency.ShouldBe(Frequency.Weekly);

        RecurrenceRuleParser.TryParse("RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=OMIT", out _, out var none).ShouldBeTrue();
        none.ShouldBeEmpty();
    }

    [Fact]
    public void Values_written_twice_in_a_by_list_are_one_value()
    {
        var rule = Parse("FREQ=DAILY;BYHOUR=9,10,9;BYMINUTE=0,20,0;BYDAY=MO,MO,-1FR,-1FR");

        rule.ByHour.ShouldBe([9, 10]);
        rule.ByMinute.ShouldBe([0, 20]);
        rule.ByDay.Length.ShouldBe(2);
    }

    private static RecurrenceRule Parse(string text)
    {
        RecurrenceRuleParser.TryParse(text, out var rule, out _).ShouldBeTrue();
        return rule!;
    }
}
