using ManagerFocus.Time;

namespace ManagerFocus.Tests.Time;

public sealed class MeetingTimeTests
{
    private static readonly Period Week = new(new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 13));
    private static readonly long Monday = Week.StartUnix;

    [Fact]
    public void Union_merges_overlapping_and_touching_intervals_and_keeps_gaps()
    {
        var union = MeetingTime.Union([new(50, 60), new(0, 10), new(5, 20), new(20, 30)]);

        union.ShouldBe([new TimeInterval(0, 30), new TimeInterval(50, 60)]);
    }

    [Fact]
    public void Intervals_from_two_files_of_one_owner_are_counted_once()
    {
        // Given the same hour in two calendar files of one owner, and another hour of a second owner
        var time = new MeetingTime(2);
        time.Add(0, Category.Meeting, [new(Monday + 3600, Monday + 7200)]);
        time.Add(0, Category.Meeting, [new(Monday + 5400, Monday + 9000)]);
        time.Add(1, Category.OneOnOne, [new(Monday, Monday + 1800)]);

        // When written to the ledger
        var ledger = new TimeLedger(2, Week);
        time.WriteTo(ledger);

        // Then the owner has 1.5 h of meetings, and both categories are marked as given
        ledger.Total(0, Category.Meeting).ShouldBe(1.5);
        ledger.Total(1, Category.OneOnOne).ShouldBe(0.5);
        ledger.Total(1, Category.Meeting).ShouldBe(0);
        ledger.IsGiven(Category.Meeting).ShouldBeTrue();
        ledger.IsGiven(Category.OneOnOne).ShouldBeTrue();
    }

    [Fact]
    public void Time_outside_the_period_is_clipped_by_the_ledger()
    {
        var time = new MeetingTime(1);
        time.Add(0, Category.Meeting, [new(Monday - 3600, Monday + 3600), new(Week.EndUnix - 1800, Week.EndUnix + 7200)]);
        var ledger = new TimeLedger(1, Week);

        time.WriteTo(ledger);

        ledger.Total(0, Category.Meeting).ShouldBe(1.5);
    }
}
