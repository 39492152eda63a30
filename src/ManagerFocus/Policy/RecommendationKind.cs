namespace ManagerFocus.Policy;

/// <summary>What a piece of advice asks for; reports spell it in kebab-case ("move-to-management-track").</summary>
public enum RecommendationKind
{
    MoveToIcTrack,
    MoveToManagementTrack,
    SplitTeam,
    AddLead,
    ScheduleOneOnOnes,
    DelegateReviews,
    FixDeclaredTrack,
}
