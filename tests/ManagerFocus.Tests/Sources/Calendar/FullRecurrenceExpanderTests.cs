using CsCheck;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class FullRecurrenceExpanderTests
{
    [Fact]
    public void The_full_expander_agrees_with_the_fast_one_on_every_rule_the_fast_one_takes()
    {
        // Given rules of the shapes calendars mostly hold, from random starts
        var rules = Gen.OneOfConst(
            "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3;BYDAY=MO,FR", "FREQ=DAILY;BYMONTHDAY=1,-1", "FREQ=DAILY;BYMONTH=2,3",
            "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU", "FREQ=WEEKLY;BYDAY=TU,TH;BYMONTH=1,6",
            "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=2TU,4TU", "FREQ=MONTHLY;BYMONTHDAY=31",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10,-2",
            "FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=1,2,3;BYDAY=-1WE", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5,20", "FREQ=YEARLY;BYMONTH=11;BYDAY=1TU");
        var limits = Gen.OneOf(Gen.Const(""), Gen.Int[1, 40].Select(c => $";COUNT={c}"));
        var starts = Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 23], Gen.OneOfConst(0, 15, 30),
            (d, h, m) => new DateTime(2016, 1, 1).AddDays(d).AddHours(h).AddMinutes(m));
        Gen.Select(rules, limits, starts).Sample((text, limit, start) =>
        {
            RecurrenceRuleParser.TryParse(text + limit, out var rule, out _).ShouldBeTrue();
            rule!.IsSupportedNatively.ShouldBeTrue();

            // When both expand it over three years
            List<DateTime> fast = [], full = [];
            RecurrenceExpander.Expand(rule, start, null, start, start.AddYears(3), fast);
            FullRecurrenceExpander.Expand(rule, start, null, start, start.AddYears(3), full);

            // Then they make the same instances
            full.ShouldBe(fast, $"{text}{limit} from {start:yyyyMMdd'T'HHmm}");
        }, iter: 2000);
    }

    [Fact]
    public void A_sub_daily_rule_skips_days_it_never_matches_and_stays_in_step_with_its_interval()
    {
        // Given every 90 minutes, but only on Mondays in March
        RecurrenceRuleParser.TryParse("FREQ=MINUTELY;INTERVAL=90;BYDAY=MO;BYMONTH=3", out var rule, out _).ShouldBeTrue();
        var start = new DateTime(2025, 1, 1, 0, 0, 0);

        // When it is expanded over the year
        var instances = new List<DateTime>();
        FullRecurrenceExpander.Expand(rule!, start, null, start, new DateTime(2026, 1, 1), instances);

        // Then every instance is a March Monday on the 90-minute grid from DTSTART, and every such time is there
        var grid = Enumerable.Range(0, 365 * 16).Select(i => start.AddMinutes(90 * i))
            .Where(t => t.Month == 3 && t.DayOfWeek == DayOfWeek.Monday && t.Year == 2025).ToList();
        instances.ShouldBe(grid);
    }
}
