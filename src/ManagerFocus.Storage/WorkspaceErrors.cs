using ManagerFocus.Diagnostics;

namespace ManagerFocus.Storage;

/// <summary>The one-line user errors of opening and writing a workspace; none ever carries a password.</summary>
internal static class WorkspaceErrors
{
    public static UserError NotSqlite(string path) =>
        new($"{path} is not a ManagerFocus workspace (not an SQLite database); give a new file name or an existing workspace.");

    public static UserError ForeignSqlite(string path) =>
        new($"{path} is an SQLite database but not a ManagerFocus workspace; give a new file name or an existing workspace.");

    public static UserError ForeignPostgres(string description) =>
        new($"{description} holds tables but is not a ManagerFocus workspace; give an empty database or an existing workspace.");

    public static UserError Damaged(string path, string reason) =>
        new($"{path} is a damaged SQLite file ({reason}); restore it from a backup or import into a new workspace.");

    public static UserError IsFolder(string path) =>
        new($"{path} is a folder; give the workspace a file name, such as {Path.Combine(path, "workspace.db")}.");

    public static UserError CannotOpen(string path, string reason) =>
        new($"{path}: the workspace cannot be opened ({reason}); check the path and its permissions.");

    public static UserError ReadOnly(string description) =>
        new($"{description} is read-only; give a location this user may write to.");

    public static UserError NewerSchema(string description, int found, int known) =>
        new($"{description} was written by a newer ManagerFocus (schema {found}, this build knows up to {known}); upgrade managerfocus.");

    public static UserError ImportRunning(string description) =>
        new($"another import into {description} is running; try again when it ends.");
}
