namespace ManagerFocus.Diagnostics;

/// <summary>
/// Expected bad input: the message names the file, line or object, the value and the fix. A value from an input is in
/// single quotes (a reporting cycle's ids joined by " -> "), so --pseudonymize can replace it, and cut to <see cref="SafeText.MaxEcho"/> characters.
/// </summary>
public sealed class UserError : Exception
{
    public UserError(string message)
        : base(message)
    {
    }

    public UserError(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static UserError MissingFile(string path, string what) =>
        new($"{path}: {what} not found; check the path.");

    public static UserError Unreadable(string path, string reason) =>
        new($"{path}: cannot be read ({reason}).");

    public static UserError Unwritable(string path, string reason) =>
        new($"{SafeText.Clean(path)}: cannot be written ({SafeText.Clean(reason)}); check the folder, its permissions and free space.");

    public static UserError MissingColumn(string path, string column) =>
        new($"{path}:1: required column '{column}' is missing from the header; add it.");

    public static UserError DuplicateId(string path, int line, string id, int firstLine) =>
        new($"{path}:{line}: duplicate id '{SafeText.Clean(id)}' (first on line {firstLine}); ids must be unique.");

    public static UserError ReportingCycle(string path, int line, IEnumerable<string> cycle) =>
        new($"{path}:{line}: reporting cycle {string.Join(" -> ", cycle.Select(id => SafeText.Clean(id)))}; one manager_id in the cycle must change.");

    public static UserError InvalidOption(string option, string value, string expected) =>
        new($"{option} '{SafeText.Clean(value)}': {expected}.");
}
