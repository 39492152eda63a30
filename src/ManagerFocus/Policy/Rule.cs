namespace ManagerFocus.Policy;

/// <summary>The rule names of docs/definitions.md, "Policy rules", as policy files and reports spell them.</summary>
public static class Rule
{
    public const string CodingCap = "coding-cap";
    public const string HybridSpan = "hybrid-span";
    public const string OneOnOnes = "one-on-ones";
    public const string TrackMatch = "track-match";
    public const string ReviewBottleneck = "review-bottleneck";

    public static IReadOnlyList<string> All { get; } = [CodingCap, HybridSpan, OneOnOnes, TrackMatch, ReviewBottleneck];
}
