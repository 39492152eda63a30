using System.Text;
using ManagerFocus.Evidence;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Outcomes;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Evidence;

public sealed class EvidenceCalculatorTests
{
    private static readonly Period Period = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));

    /// <summary>Given teams, half with coding managers, each with <paramref name="members"/> reports employed all period.</summary>
    private static (Organization Org, List<ManagerFigures> Figures) Teams(int codingTeams, int otherTeams, int members = 2)
    {
        var csv = new StringBuilder("id,name,manager_id\n");
        var teams = codingTeams + otherTeams;
        for (var t = 0; t < teams; t++)
        {
            csv.Append($"m{t},Manager {t},\n");
            for (var i = 0; i < members; i++)
            {
                csv.Append($"m{t}r{i},Report {t}.{i},m{t}\n");
            }
        }

        var org = Builders.Org(csv.ToString());
        var figures = Enumerable.Range(0, teams).Select(t =>
        {
            var manager = org.Find($"m{t}")!;
            return new ManagerFigures
            {
                Manager = manager,
                DirectReports = org.ReportsOf(manager),
                SpanTier = SpanTier.Small,
                WorkingHours = 100,
                CodingHours = t < codingTeams ? 50 : 5,
            };
        }).ToList();
        return (org, figures);
    }

    private static EvidenceCalculator Calculator(Organization org) => new(org, Period, minimumGroup: 5, resamples: 2000, seed: 7);

    [Fact]
    public void Satisfaction_compares_latest_answers_of_the_two_groups()
    {
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5);
        var calc = Calculator(org);
        var answers = org.People.Where(p => p.ManagerId is not null).SelectMany(p => new[]
        {
            new SurveyAnswer(p.Index, new DateOnly(2026, 1, 10), 1),
            new SurveyAnswer(p.Index, new DateOnly(2026, 3, 1), p.ManagerId![1] < '5' ? 3 : 4),
            new SurveyAnswer(p.Index, new DateOnly(2026, 5, 1), 5), // after the period: ignored
        });

        var result = calc.Satisfaction(calc.Teams(figures, 0.30), answers);

        result.Withheld.ShouldBeNull();
        result.CodingManagerTeams.Value.ShouldBe(3);
        result.OtherTeams.Value.ShouldBe(4);
        result.Effect!.Value.ShouldBe(-0.25, 1e-12);
        result.IntervalLow!.Value.ShouldBe(-0.25, 1e-12);
        result.IntervalHigh!.Value.ShouldBe(-0.25, 1e-12);
    }

    [Fact]
    public void Turnover_divides_voluntary_exits_by_member_years()
    {
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5);
        var calc = Calculator(org);
        Exit Left(string id, bool voluntary = true) => new(org.Find(id)!.Index, new DateOnly(2026, 2, 1), voluntary);
        var exits = new[] { Left("m0r0"), Left("m1r0"), Left("m5r0"), Left("m6r0", voluntary: false), new Exit(org.Find("m7r0")!.Index, new DateOnly(2025, 1, 1), true) };

        var result = calc.Turnover(calc.Teams(figures, 0.30), exits);

        var memberYears = 10 * 91 / 365.0;
        result.CodingManagerTeams.Denominator.ShouldBe(memberYears, 1e-9);
        result.CodingManagerTeams.Value!.Value.ShouldBe(2 / memberYears, 1e-9);
        result.OtherTeams.Value!.Value.ShouldBe(1 / memberYears, 1e-9);
        result.Effect!.Value.ShouldBe(2.0, 1e-9);
        result.IntervalLow!.Value.ShouldBeLessThanOrEqualTo(2.0);

        // A third of the resamples of the other teams hold no exit, so the ratio has no upper bound.
        result.IntervalHigh.ShouldBeNull();
    }

    [Fact]
    public void Fewer_than_five_teams_in_a_group_withholds_the_figure()
    {
        var (org, figures) = Teams(codingTeams: 4, otherTeams: 6, members: 3);
        var calc = Calculator(org);
        var answers = org.People.Select(p => new SurveyAnswer(p.Index, new DateOnly(2026, 2, 1), 4));

        var result = calc.Satisfaction(calc.Teams(figures, 0.30), answers);

        result.Effect.ShouldBeNull();
        result.IntervalLow.ShouldBeNull();
        result.Withheld.ShouldBe("insufficient data: 4 coding-manager teams (at least 5 needed)");
    }

    [Fact]
    public void Fewer_than_five_members_with_answers_withholds_the_figure()
    {
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5);
        var calc = Calculator(org);
        var answers = org.People.Where(p => p.Id is "m0r0" or "m1r0" or "m2r0" or "m3r0" or "m5r0" or "m6r0" or "m7r0" or "m8r0" or "m9r0")
            .Select(p => new SurveyAnswer(p.Index, new DateOnly(2026, 2, 1), 4));

        var result = calc.Satisfaction(calc.Teams(figures, 0.30), answers);

        result.Withheld.ShouldBe("insufficient data: 4 coding-manager teams (at least 5 needed)");
    }

    [Fact]
    public void Teams_without_a_survey_answer_do_not_count_as_teams()
    {
        // Five teams a group, but in each group one team alone answers.
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5, members: 5);
        var calc = Calculator(org);
        var answers = org.People.Where(p => p.ManagerId is "m0" or "m5").Select(p => new SurveyAnswer(p.Index, new DateOnly(2026, 2, 1), 3));

        var result = calc.Satisfaction(calc.Teams(figures, 0.30), answers);

        result.CodingManagerTeams.Teams.ShouldBe(1);
        result.CodingManagerTeams.Members.ShouldBe(5);
        result.Withheld.ShouldBe("insufficient data: 1 coding-manager teams (at least 5 needed)");
    }

    [Fact]
    public void A_turnover_interval_that_resamples_leave_open_has_no_upper_bound()
    {
        // Every coding-manager team lost someone; one other team did, so a third of its resamples hold no exit.
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5);
        var calc = Calculator(org);
        var exits = new[] { "m0r0", "m1r0", "m2r0", "m3r0", "m4r0", "m5r0" }
            .Select(id => new Exit(org.Find(id)!.Index, new DateOnly(2026, 2, 1), true));

        var result = calc.Turnover(calc.Teams(figures, 0.30), exits);

        result.Effect!.Value.ShouldBe(5.0, 1e-9);
        result.IntervalLow!.Value.ShouldBeLessThanOrEqualTo(5.0);
        result.IntervalHigh.ShouldBeNull();
    }

    [Fact]
    public void No_interval_is_given_when_many_resamples_have_no_exit_in_either_group()
    {
        // One exit in each group of five teams: about one resample in nine has no exit at all.
        var (org, figures) = Teams(codingTeams: 5, otherTeams: 5);
        var calc = Calculator(org);
        var exits = new[] { new Exit(org.Find("m0r0")!.Index, new DateOnly(2026, 2, 1), true), new Exit(org.Find("m5r0")!.Index, new DateOnly(2026, 2, 1), true) };

        var result = calc.Turnover(calc.Teams(figures, 0.30), exits);

        result.Effect!.Value.ShouldBe(1.0, 1e-9);
        result.IntervalLow.ShouldBeNull();
        result.IntervalHigh.ShouldBeNull();
    }

    [Fact]
    public void The_bootstrap_repeats_exactly_for_a_seed()
    {
        var (org, figures) = Teams(codingTeams: 6, otherTeams: 7);
        var random = new Random(3);
        var answers = org.People.Select(p => new SurveyAnswer(p.Index, new DateOnly(2026, 2, 1), random.Next(1, 6))).ToList();

        var first = Calculator(org).Satisfaction(Calculator(org).Teams(figures, 0.30), answers);
        var second = Calculator(org).Satisfaction(Calculator(org).Teams(figures, 0.30), answers);

        first.ShouldBe(second);
        first.IntervalLow!.Value.ShouldBeLessThanOrEqualTo(first.Effect!.Value + 1e-9);
        first.IntervalHigh!.Value.ShouldBeGreaterThanOrEqualTo(first.Effect!.Value - 1e-9);
    }

    [Fact]
    public void Leavers_count_as_members_for_their_employed_days()
    {
        var org = Builders.Org("id,name,manager_id,end_date\nm,M,,\na,A,m,2026-02-04\nb,B,m,\nc,C,m,2025-01-01\n");
        var calc = Calculator(org);
        var figures = new[] { new ManagerFigures { Manager = org.Find("m")!, DirectReports = [], SpanTier = SpanTier.Small, WorkingHours = 100, CodingHours = 50 } };

        var team = calc.Teams(figures, 0.30).ShouldHaveSingleItem();
        var turnover = calc.Turnover([team], []);

        team.Members.Select(p => p.Id).ShouldBe(["a", "b"]);
        turnover.CodingManagerTeams.Denominator.ShouldBe((30 + 91) / 365.0, 1e-9);
    }
}
