namespace ManagerFocus.Storage;

/// <summary>
/// A dashboard credential as the workspace keeps it (its secret only as a hash): a bearer token for scripts and
/// sign-in, or a one-time sign-in link. <see cref="PersonId"/> is null for an administrator's.
/// </summary>
public sealed record WebToken(
    long Id,
    string Kind,
    string? PersonId,
    bool IsAdmin,
    string Label,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt)
{
    public const string BearerKind = "bearer";
    public const string LinkKind = "link";

    /// <summary>Usable now: not revoked, not expired and, for a one-time link, not used yet.</summary>
    public bool IsUsableAt(DateTimeOffset now) =>
        RevokedAt is null && (ExpiresAt is null || now < ExpiresAt) && (Kind != LinkKind || UsedAt is null);
}
