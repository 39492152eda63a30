using ManagerFocus.Evidence;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Evidence;

/// <summary>Team membership and member-days by day when a member moves between teams mid-period.</summary>
public sealed class DatedEvidenceTests
{
    // Monday 2026-01-05 to Monday 2026-04-06: 91 days.
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    // Ann is in Maria's team until 2026-02-01 (27 days of the period) and in Nils's team from then on (64 days).
    private const string People = """
        id,name,manager_id,effective_date
        m,Maria,,2025-12-01
        n,Nils,,2025-12-01
        a,Ann,m,2025-12-01
        b,Bo,n,2025-12-01
        m,Maria,,2026-02-01
        n,Nils,,2026-02-01
        a,Ann,n,2026-02-01
        b,Bo,n,2026-02-01
        """;

    private static (Organization Org, IReadOnlyList<Team> Teams) Teams()
    {
        var org = Builders.Org(People);
        ManagerFigures Figures(string id, double coding) => new()
        {
            Manager = org.Find(id)!,
            DirectReports = [],
            SpanTier = SpanTier.Small,
            WorkingHours = 100,
            CodingHours = coding,
        };
        var calc = new EvidenceCalculator(org, Period, minimumGroup: 1, resamples: 200, seed: 7);
        return (org, calc.Teams([Figures("m", 50), Figures("n", 5)], 0.30));
    }

    [Fact]
    public void A_member_who_moved_belongs_to_both_teams_for_the_days_they_were_in_each()
    {
        var (_, teams) = Teams();

        teams.Single(t => t.Manager.Id == "m").Members.Select(p => p.Id).ShouldBe(["a"]);
        teams.Single(t => t.Manager.Id == "n").Members.Select(p => p.Id).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Member_years_count_each_members_days_in_the_team()
    {
        var (org, teams) = Teams();
        var calc = new EvidenceCalculator(org, Period, minimumGroup: 1, resamples: 200, seed: 7);

        var result = calc.Turnover(teams, []);

        result.CodingManagerTeams.Denominator.ShouldBe(27 / 365.0, 1e-12);
        result.OtherTeams.Denominator.ShouldBe((64 + 91) / 365.0, 1e-12);
    }

    [Fact]
    public void An_exit_and_an_answer_count_for_the_team_of_their_day()
    {
        var (org, teams) = Teams();
        var calc = new EvidenceCalculator(org, Period, minimumGroup: 1, resamples: 200, seed: 7);
        var ann = org.Find("a")!.Index;

        var early = calc.Turnover(teams, [new Exit(ann, new DateOnly(2026, 1, 20), true)]);
        var late = calc.Turnover(teams, [new Exit(ann, new DateOnly(2026, 3, 20), true)]);
        var answer = calc.Satisfaction(teams, [new SurveyAnswer(ann, new DateOnly(2026, 1, 31), 2)]);

        (early.CodingManagerTeams.Events, early.OtherTeams.Events).ShouldBe((1, 0));
        (late.CodingManagerTeams.Events, late.OtherTeams.Events).ShouldBe((0, 1));
        (answer.CodingManagerTeams.Members, answer.OtherTeams.Members).ShouldBe((1, 0));
    }
}
