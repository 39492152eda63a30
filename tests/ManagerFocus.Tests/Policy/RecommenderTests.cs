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
    public void A_coding_manager_with_a_large_team_gets_one_piece_of_advice_for_one_cause()
    {
        // Coding while managing breaks coding-cap and hybrid-span: one cause, so one piece of advice.
        var advice = Advise(Manager(reports: 12, coding: 0.45)).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.SplitTeam);
        advice.Message.ShouldContain("Split Maria's team of 12 or stop the hands-on work");
        advice.Priority.ShouldBe(1);
    }

    [Fact]
    public void A_coding_manager_without_a_declared_track_and_a_mid_team_is_told_to_move_to_the_management_track()
    {
        var advice = Advise(Manager(reports: 5, coding: 0.4)).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.MoveToManagementTrack);
        advice.Message.ShouldContain("coding share 0.40 with 5 direct reports");
    }

    [Fact]
    public void A_coding_manager_already_on_the_management_track_is_never_told_to_move_to_it()
    {
        // Given coding-cap, hybrid-span and track-match all broken by the same hands-on work
        var advice = Advise(Manager(reports: 12, coding: 0.45, track: "management")).ShouldHaveSingleItem();

        // Then one piece of advice, to code less, which names the span rule too
        advice.Kind.ShouldBe(RecommendationKind.ReduceHandsOnWork);
        advice.Message.ShouldContain("on the management track, but coding share 0.45 with 12 direct reports");
        advice.Message.ShouldContain("with 12 direct reports (> 5)");
        advice.Message.ShouldNotContain("Move");
    }

    [Fact]
    public void Someone_on_the_ic_track_with_reports_who_codes_is_told_to_hand_the_team_over_not_to_take_the_ic_track()
    {
        var advice = Advise(Manager(reports: 3, coding: 0.6, track: "ic")).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.HandOverTeam);
        advice.Message.ShouldContain("keep Maria on the IC track");
    }

    [Fact]
    public void A_mostly_coding_manager_of_a_small_team_is_offered_the_ic_track()
    {
        Advise(Manager(reports: 2, coding: 0.6)).ShouldHaveSingleItem().Kind.ShouldBe(RecommendationKind.MoveToIcTrack);
    }

    [Fact]
    public void The_coding_share_above_which_the_ic_track_is_advised_is_a_policy_setting()
    {
        var policy = PolicySettings.Default with { IcTrackCodingShare = 0.7 };
        var f = Manager(reports: 2, coding: 0.6);

        var advice = new Recommender(policy).Recommend(f, new PolicyEvaluator(policy).Evaluate(f)).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.MoveToManagementTrack);
        Advise(Manager(reports: 2, coding: 0.5)).ShouldHaveSingleItem().Kind.ShouldBe(RecommendationKind.MoveToIcTrack);
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
    public void Hands_on_work_and_a_review_bottleneck_are_advised_in_priority_order()
    {
        var f = Manager(reports: 4, coding: 0.35, track: "management", bottleneck: new ReviewBottleneckFigures(30, 5, 9));

        Advise(f).Select(a => a.Kind).ShouldBe([RecommendationKind.ReduceHandsOnWork, RecommendationKind.DelegateReviews]);
    }

    [Fact]
    public void A_declared_track_that_does_not_match_without_hands_on_work_is_advised_on_its_own()
    {
        var advice = Advise(Manager(reports: 2, coding: 0.02, coverage: 1.0, track: "ic")).ShouldHaveSingleItem();

        advice.Kind.ShouldBe(RecommendationKind.FixDeclaredTrack);
        advice.Message.ShouldContain("declared track ic, but has 2 direct reports");
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
