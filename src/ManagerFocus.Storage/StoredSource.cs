using ManagerFocus.Activity;

namespace ManagerFocus.Storage;

/// <summary>One imported input (a file or repository by full path): its content hash, git tips, import time and row count.</summary>
public sealed record StoredSource(
    SourceKind Kind,
    string Key,
    string? ContentHash,
    IReadOnlyList<string> Tips,
    DateTimeOffset ImportedAt,
    int Records);
