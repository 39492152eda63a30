using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Time;

public sealed class CodingSessionsTests
{
    private static readonly Period TwoWeeks = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 19));

    private static long At(int day, int hour, int minute = 0, int second = 0) =>
        new DateTimeOffset(2026, 1, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeSeconds();

    private static TimeLedger Sessions(MetricSettings settings, params long[] commits)
    {
        var ledger = new TimeLedger(1, TwoWeeks);
        CodingSessions.Add(ledger, 0, commits, settings);
        return ledger;
    }

    private static double Hours(params long[] commits) => Sessions(MetricSettings.Default, commits).Total(0, Category.Coding);

    [Fact]
    public void A_single_commit_is_a_session_of_the_lead_time()
    {
        Hours(At(6, 10)).ShouldBe(0.5);
    }

    [Fact]
    public void Commits_at_most_the_gap_apart_form_one_session_from_first_to_last_plus_lead()
    {
        // 09:00, 10:30, 12:30 (a gap of exactly 2 h stays in the session): 3.5 h + 0.5 h
        Hours(At(6, 9), At(6, 10, 30), At(6, 12, 30)).ShouldBe(4.0);
    }

    [Fact]
    public void A_gap_one_second_over_the_limit_starts_a_new_session()
    {
        Hours(At(6, 9), At(6, 11, 0, 1)).ShouldBe(1.0);
    }

    [Fact]
    public void Commits_are_sorted_by_author_time_first()
    {
        Hours(At(6, 12, 30), At(6, 9), At(6, 10, 30)).ShouldBe(4.0);
    }

    [Fact]
    public void Commits_outside_the_period_do_not_count_or_bridge_sessions()
    {
        // The Sunday-night commit before the period would otherwise join the Monday one.
        Hours(At(4, 23, 30), At(5, 0, 30), At(19, 0, 0)).ShouldBe(0.5);
    }

    [Fact]
    public void A_session_counts_in_the_week_of_its_first_commit()
    {
        // Sunday 11th 23:00 to Monday 12th 00:30: the whole 2 h stay in the first week.
        var ledger = Sessions(MetricSettings.Default, At(11, 23), At(12, 0, 30));

        ledger.Week(0, 0, Category.Coding).ShouldBe(2.0);
        ledger.Week(0, 1, Category.Coding).ShouldBe(0);
    }

    [Fact]
    public void Gap_and_lead_come_from_the_settings()
    {
        var settings = MetricSettings.Default with { SessionGap = TimeSpan.FromMinutes(30), SessionLead = TimeSpan.FromMinutes(15) };

        var ledger = Sessions(settings, At(6, 9), At(6, 9, 30), At(6, 10, 1));

        ledger.Total(0, Category.Coding).ShouldBe(0.75 + 0.25);
    }
}
