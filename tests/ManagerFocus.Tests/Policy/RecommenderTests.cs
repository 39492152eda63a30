using ManagerFocus.Metrics;
using ManagerFocus.Policy;
using static ManagerFocus.Tests.Builders;

namespace ManagerFocus.Tests.Policy;

public sealed class RecommenderTests
{
    private static IReadOnlyList<Recommendation> Advise(ManagerFigures f)
    {
        var policy = PolicySettings.Default;
        return new Recommender(policy).Recommend(f, new PolicyEvaluator(policy).Evaluate(f));
    }

    [Fact]
    public void A_coding_manager_with_a_large_team_is_told_to_move_to_the_management_track_and_split_the_team()
    {
        var advice = Advise(Manager(reports: 12, coding: 0.45));

        advice.Select(a => a.Kind).ShouldBe([RecommendationKind.MoveToManagementTrack, RecommendationKind.SplitTeam]);
        advice[0].Message.ShouldContain("coding share 0.45 with 12 direct reports");
        advice.ShouldAllBe(a => a.Priority == 1);
    }

    [Fact]
    public void A_mostly_coding_manager_of_a_small_team_is_offered_the_ic_track()
    {
        Advise(Manager(reports: 2, coding: 0.6))[0].Kind.ShouldBe(RecommendationKind.MoveToIcTrack);
    }

    [Fact]
    public void A_hybrid_with_a_mid_sized_team_is_told_to_add_a_lead()
    {
        var advice = Advise(Manager(reports: 7, coding: 0.2)).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.AddLead);
        advice.Priority.ShouldBe(2);
    }

    [Fact]
    public void Reports_waiting_for_a_one_on_one_are_named()
    {
        var advice = Advise(Manager(reports: 4, coverage: 0.5)).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.ScheduleOneOnOnes);
        advice.Message.ShouldContain("R1, R2");
    }

    [Fact]
    public void A_review_bottleneck_and_a_wrong_track_are_advised_in_priority_order()
    {
        var f = Manager(reports: 4, coding: 0.35, track: "management", bottleneck: new ReviewBottleneckFigures(30, 5, 9));

        Advise(f).Select(a => a.Kind).ShouldBe([RecommendationKind.MoveToManagementTrack, RecommendationKind.DelegateReviews, RecommendationKind.FixDeclaredTrack]);
    }

    [Fact]
    public void A_manager_who_breaks_nothing_gets_no_advice()
    {
        Advise(Manager(reports: 4, coding: 0.05, coverage: 1.0, track: "management")).ShouldBeEmpty();
    }

    [Fact]
    public void Split_or_lead_follows_the_policys_severity_band_not_the_span_tier()
    {
        var policy = PolicySettings.Default with { HybridSpanMidMaxReports = 8 };
        var f = Manager(reports: 9, coding: 0.2);
        var violations = new PolicyEvaluator(policy).Evaluate(f);

        var advice = new Recommender(policy).Recommend(f, violations).ShouldHaveSingleItem();

        violations.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
        advice.Kind.ShouldBe(RecommendationKind.SplitTeam);
        advice.Priority.ShouldBe(1);
    }
}
