using System.CommandLine;

namespace ManagerFocus.Cli.Commands;

/// <summary>`--workspace W`: a workspace file (SQLite) or a PostgreSQL connection string; MANAGERFOCUS_WORKSPACE may set it.</summary>
internal sealed class WorkspaceOption
{
    public const string Variable = "MANAGERFOCUS_WORKSPACE";

    public Option<string?> Option { get; } = new("--workspace")
    {
        Description = $"the workspace: a file path (SQLite, created if missing) or a PostgreSQL connection string or postgres:// URL; default ${Variable}",
    };

    /// <summary>The workspace named on the command line, else by the environment; null when neither names one.</summary>
    public string? Value(ParseResult parsed) =>
        parsed.GetValue(Option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;
}
