namespace ManagerFocus.Policy;

/// <summary>What a piece of advice asks for; reports spell it in kebab-case ("move-to-management-track").</summary>
public enum RecommendationKind
{
    MoveToIcTrack,
    MoveToManagementTrack,

    /// <summary>A manager on the management track who codes like a coding manager: less hands-on work, not another track.</summary>
    ReduceHandsOnWork,

    /// <summary>Someone on the IC track who has direct reports and codes: the reports need a manager.</summary>
    HandOverTeam,
    SplitTeam,
    AddLead,
    ScheduleOneOnOnes,
    DelegateReviews,
    FixDeclaredTrack,
}
