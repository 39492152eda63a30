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

    public static PolicyKey Positive(string section, string name, string comment, Func<PolicySettings, double> get, Func<PolicySettings, double, PolicySettings> set) =>
        new(section, name, "a number above 0", comment, p => F(get(p)),
            (p, raw) => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v) ? set(p, v) : null);

    public static PolicyKey Count(string section, string name, string comment, int min, Func<PolicySettings, int> get, Func<PolicySettings, int, PolicySettings> set) =>
        new(section, name, $"a whole number of at least {min}", comment, p => get(p).ToString(CultureInfo.InvariantCulture),
            (p, raw) => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min ? set(p, v) : null);

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
        new(section, name, "a list of strings", comment,
            p => "[" + string.Join(", ", get(p).Select(v => "\"" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]",
            (p, raw) => set(p, raw.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>How the reader hands a sequence's items to <see cref="List"/>: one per line.</summary>
    public const char ListSeparator = '\n';

    private static string F(double v) => v.ToString("0.0##", CultureInfo.InvariantCulture);
}
