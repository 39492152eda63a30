using System.Text.Json.Serialization;

namespace ManagerFocus.Reporting;

/// <summary>What the report was built from; an input kind that was not given is null or empty.</summary>
public sealed record ReportInputs
{
    public required string People { get; init; }
    public IReadOnlyList<string> Git { get; init; } = [];
    public IReadOnlyList<string> Calendar { get; init; } = [];
    public IReadOnlyList<string> Reviews { get; init; } = [];
    public string? Survey { get; init; }
    public string? Exits { get; init; }
    public string? Policy { get; init; }
    /// <summary>The workspace the inputs were loaded from (never a password); null when they were read from files.</summary>
    public string? Workspace { get; init; }
    public bool Demo { get; init; }
    public bool Pseudonymized { get; init; }

    /// <summary>
    /// Every repository found under --git (or held by the workspace), in path order, with the commits it gave; null when no git
    /// input was given.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RepositoryReport>? Repositories { get; init; }

    /// <summary>The person whose subtree (on the period's last day) the report is restricted to; null for everyone.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Under { get; init; }
}
