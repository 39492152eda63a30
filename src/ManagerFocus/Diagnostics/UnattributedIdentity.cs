namespace ManagerFocus.Diagnostics;

/// <summary>An identity seen in an input that matched nobody, so a user can add it as an alias.</summary>
public sealed record UnattributedIdentity(string Source, string Identity, int Count);
