namespace ManagerFocus.Diagnostics;

/// <summary>
/// An identity seen in an input that matched nobody, so a user can add it as an alias. Spellings that share an email
/// are one identity (docs/definitions.md, "Inputs"): <see cref="Spellings"/> lists them and <see cref="Count"/> sums them.
/// </summary>
public sealed record UnattributedIdentity(string Source, string Identity, int Count)
{
    /// <summary>Every spelling of this identity, most active first; empty when not grouped.</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];

    /// <summary>The person this identity most likely is; only a hint, never an attribution. Null when no one is clearly best.</summary>
    public IdentitySuggestion? Suggestion { get; init; }
}

/// <summary>The likely person behind an unattributed identity, and why (docs/definitions.md, "Inputs").</summary>
public sealed record IdentitySuggestion(string Id, string Name, string Reason);
