using ManagerFocus.Diagnostics;

namespace ManagerFocus.Reporting;

/// <summary>Organization-wide counts: managers by observed role and span tier, people by declared track and level, unattributed activity.</summary>
public sealed record OrganizationSummary
{
    public required int People { get; init; }
    public required int Managers { get; init; }
    public required IReadOnlyDictionary<string, int> ManagersByRole { get; init; }
    public required IReadOnlyDictionary<string, int> ManagersBySpanTier { get; init; }

    /// <summary>Coding managers by span tier: the essay's worst case is a coding manager with a large span.</summary>
    public required IReadOnlyDictionary<string, int> CodingManagersBySpanTier { get; init; }

    /// <summary>Managers that break at least one error-severity rule.</summary>
    public required int ManagersBreakingErrorRules { get; init; }

    /// <summary>People employed on the last day of the period, by declared track ("undeclared" when empty).</summary>
    public required IReadOnlyDictionary<string, int> PeopleByDeclaredTrack { get; init; }

    /// <summary>People employed on the last day of the period, by level ("unknown" when empty).</summary>
    public required IReadOnlyDictionary<string, int> PeopleByLevel { get; init; }

    /// <summary>True when the organization declares both an IC and a management track.</summary>
    public required bool SeparateTracks { get; init; }

    /// <summary>Share of managers whose observed role is hybrid or coding-manager; null without coding data.</summary>
    public double? HybridShareOfManagers { get; init; }

    /// <summary>Identities that matched nobody, spellings sharing an email as one, each with a suggested person when one is clearly best.</summary>
    public IReadOnlyList<UnattributedIdentity> Unattributed { get; init; } = [];

    /// <summary>Commits of the period (bots aside) and how many matched nobody; null without --git (docs/definitions.md, "Inputs").</summary>
    public AttributionShare? UnattributedCommits { get; init; }

    /// <summary>Reviews of the period and how many are by logins that matched nobody; null without --reviews.</summary>
    public AttributionShare? UnattributedReviews { get; init; }

    /// <summary>Ids of the managers without a calendar file, whose meeting hours read as 0; null when no calendar was given.</summary>
    public IReadOnlyList<string>? ManagersWithoutCalendar { get; init; }
}
