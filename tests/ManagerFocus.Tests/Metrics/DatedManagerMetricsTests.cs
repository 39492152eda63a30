using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Metrics;

/// <summary>Managers, direct reports, working hours and weeks when reports move between dated snapshots.</summary>
public sealed class DatedManagerMetricsTests
{
    // Monday 2026-01-05 to Monday 2026-04-06: 13 weeks, 65 weekdays.
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    private static Dictionary<string, ManagerFigures> Compute(string csv, Period? period = null, TimeLedger? ledger = null)
    {
        var org = Builders.Org(csv);
        var p = period ?? Period;
        return new ManagerMetricsCalculator(org, p, MetricSettings.Default)
            .Compute(ledger ?? new TimeLedger(org.People.Count, p))
            .ToDictionary(f => f.Manager.Id);
    }

    /// <summary>Ann reports to Maria, then to Nils from <paramref name="move"/>; Bo stays with Nils throughout.</summary>
    private static string Move(string move) => $"""
        id,name,manager_id,effective_date
        m,Maria,,2025-12-01
        n,Nils,,2025-12-01
        a,Ann,m,2025-12-01
        b,Bo,n,2025-12-01
        m,Maria,,{move}
        n,Nils,,{move}
        a,Ann,n,{move}
        b,Bo,n,{move}
        """;

    [Fact]
    public void A_move_on_a_monday_changes_direct_reports_from_that_week_on_and_the_losing_manager_stays_listed()
    {
        var f = Compute(Move("2026-02-02"));

        f.Keys.Order().ShouldBe(["m", "n"]);
        f["m"].DirectReports.ShouldBeEmpty();
        f["m"].ObservedRole.ShouldBe(ObservedRole.Ic);
        f["n"].DirectReports.Select(p => p.Id).ShouldBe(["a", "b"]);
        f["m"].Weeks.Select(w => w.DirectReports).ShouldBe([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        f["n"].Weeks.Select(w => w.DirectReports).ShouldBe([1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
        f["m"].LineChanges.ShouldBe([new DateOnly(2026, 2, 2)]);
        f["n"].LineChanges.ShouldBe([new DateOnly(2026, 2, 2)]);
    }

    [Fact]
    public void A_move_on_the_periods_first_day_means_the_old_manager_had_no_report_in_the_period()
    {
        var f = Compute(Move("2026-01-05"));

        f.Keys.ShouldBe(["n"]);
        f["n"].Weeks.ShouldAllBe(w => w.DirectReports == 2);
        f["n"].LineChanges.ShouldBeEmpty();
    }

    [Fact]
    public void A_move_on_the_periods_last_day_counts_for_the_last_day_and_the_last_week_only()
    {
        var f = Compute(Move("2026-04-05"));

        f["m"].DirectReports.ShouldBeEmpty();
        f["n"].DirectReports.Count.ShouldBe(2);
        f["m"].Weeks[^1].DirectReports.ShouldBe(0);
        f["m"].Weeks[^2].DirectReports.ShouldBe(1);
        f["m"].LineChanges.ShouldBe([new DateOnly(2026, 4, 5)]);
    }

    [Fact]
    public void A_person_who_leaves_and_comes_back_has_working_hours_only_while_in_the_organization()
    {
        var f = Compute("""
            id,name,manager_id,effective_date
            m,Maria,,2025-12-01
            a,Ann,m,2025-12-01
            a,Ann,,2026-02-01
            m,Maria,,2026-03-01
            a,Ann,m,2026-03-01
            """);

        // February 2026 has 20 weekdays, all missed.
        f["m"].WorkingHours.ShouldBe((65 - 20) * 8);
        f["m"].Weeks.Select(w => w.WorkingHours).ShouldBe([40, 40, 40, 40, 0, 0, 0, 0, 40, 40, 40, 40, 40]);
        f["m"].LineChanges.ShouldBe([new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)]);
    }

    [Fact]
    public void Weeks_start_on_monday_and_are_clipped_to_a_period_that_does_not()
    {
        // Wednesday 2026-01-07 to Wednesday 2026-01-21: parts of three weeks.
        var period = new Period(new DateOnly(2026, 1, 7), new DateOnly(2026, 1, 21));
        var org = Builders.Org("id,name,manager_id\nm,Maria,\na,Ann,m\n");
        var ledger = new TimeLedger(org.People.Count, period);
        ledger.MarkGiven(Category.Coding);
        ledger.Add(0, Category.Coding, period.StartUnix + (5 * 86_400), 2);
        ledger.Add(0, Category.Coding, period.StartUnix + (6 * 86_400), 3);

        var f = new ManagerMetricsCalculator(org, period, MetricSettings.Default).Compute(ledger).ShouldHaveSingleItem();

        f.Weeks.Select(w => (w.Week, w.Days, w.WorkingHours, w.CodingHours)).ShouldBe([
            (new DateOnly(2026, 1, 5), 5, 24.0, (double?)0),
            (new DateOnly(2026, 1, 12), 7, 40.0, 5.0),
            (new DateOnly(2026, 1, 19), 2, 16.0, 0.0),
        ]);
        f.Weeks.Sum(w => w.WorkingHours).ShouldBe(f.WorkingHours);
        f.Weeks.Sum(w => w.CodingHours!.Value).ShouldBe(f.CodingHours!.Value);
        f.Weeks.ShouldAllBe(w => w.ReviewHours == null && w.MeetingHours == null && w.OneOnOneHours == null);
    }

    [Fact]
    public void With_one_snapshot_managers_and_working_hours_are_as_without_dates()
    {
        var dated = Compute("id,name,manager_id,start_date,effective_date\nm,Maria,,2026-02-02,2020-01-01\na,Ann,m,,2020-01-01\n");
        var plain = Compute("id,name,manager_id,start_date\nm,Maria,,2026-02-02\na,Ann,m,\n");

        dated["m"].WorkingHours.ShouldBe(plain["m"].WorkingHours);
        dated["m"].Weeks.ShouldBe(plain["m"].Weeks);
        plain["m"].WorkingHours.ShouldBe((65 - 20) * 8);
    }
}
