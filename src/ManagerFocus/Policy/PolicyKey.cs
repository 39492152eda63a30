using System.Globalization;

namespace ManagerFocus.Policy;

/// <summary>One setting a policy file may hold: where it sits, what values it takes, how to read and apply it.</summary>
internal sealed record PolicyKey(
    string Section,
    string Name,
    string Expected,
    string Comment,
    Func<PolicySettings, string> Show,
    Func<PolicySettings, string, PolicySettings?> Apply)
{
    public static PolicyKey Share(string section, string name, string comment, Func<PolicySettings, double> get, Func<PolicySettings, double, PolicySettings> set) =>
        new(section, name, "a share between 0 and 1", comment, p => F(get(p)),
            (p, raw) => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? set(p, v) : null);

    /// <summary>A number above 0 and at most <paramref name="max"/> (docs/definitions.md, "Bounds").</summary>
    public static PolicyKey Positive(
        string section, string name, string comment, double max, Func<PolicySettings, double> get, Func<PolicySettings, double, PolicySettings> set) =>
        new(section, name, $"a number above 0 and at most {F(max)}", comment, p => F(get(p)),
            (p, raw) => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= max ? set(p, v) : null);

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>] (docs/definitions.md, "Bounds").</summary>
    public static PolicyKey Count(
        string section, string name, string comment, int min, int max, Func<PolicySettings, int> get, Func<PolicySettings, int, PolicySettings> set) =>
        new(section, name, $"a whole number from {min} to {max}", comment, p => get(p).ToString(CultureInfo.InvariantCulture),
            (p, raw) => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? set(p, v) : null);

    /// <summary>The most items a list setting holds, and the longest item.</summary>
    public const int MaxListItems = 1_000;

    public const int MaxListItemLength = 200;

    public static PolicyKey Level(string section, string name, string comment, Func<PolicySettings, Severity> get, Func<PolicySettings, Severity, PolicySettings> set) =>
        new(section, name, "error, warning or off", comment, p => get(p).ToString().ToLowerInvariant(),
            (p, raw) => raw.ToLowerInvariant() switch
            {
                "error" => set(p, Severity.Error),
                "warning" => set(p, Severity.Warning),
                "off" => set(p, Severity.Off),
                _ => null,
            });

    /// <summary>A list of strings, written in YAML as a flow or block sequence.</summary>
    public static PolicyKey List(string section, string name, string comment, Func<PolicySettings, IReadOnlyList<string>> get, Func<PolicySettings, IReadOnlyList<string>, PolicySettings> set) =>
        new(section, name, ListExpected, comment,
            p => "[" + string.Join(", ", get(p).Select(v => "\"" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]",
            (p, raw) => raw.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is var items
                && items.Length <= MaxListItems && items.All(i => i.Length <= MaxListItemLength) ? set(p, items) : null);

    public const string ListExpected = "a list of strings";

    /// <summary>How the reader hands a sequence's items to <see cref="List"/>: one per line.</summary>
    public const char ListSeparator = '\n';

    private static string F(double v) => v.ToString("0.0##", CultureInfo.InvariantCulture);
}
