using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Reporting;

/// <summary>The words the contract uses for enum values: "coding-manager", "mid", "management".</summary>
public static class Names
{
    public static string Of(ObservedRole role) => role switch
    {
        ObservedRole.Ic => "ic",
        ObservedRole.Manager => "manager",
        ObservedRole.Hybrid => "hybrid",
        ObservedRole.CodingManager => "coding-manager",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Of(SpanTier tier) => tier switch
    {
        SpanTier.Small => "small",
        SpanTier.Mid => "mid",
        SpanTier.Large => "large",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static string Of(Track track) => track switch
    {
        Track.Ic => "ic",
        Track.Management => "management",
        Track.Hybrid => "hybrid",
        _ => throw new ArgumentOutOfRangeException(nameof(track), track, null),
    };
}
