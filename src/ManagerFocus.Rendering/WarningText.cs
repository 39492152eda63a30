using ManagerFocus.Diagnostics;

namespace ManagerFocus.Rendering;

/// <summary>One warning or notice as one line of text: repeated ones with their count and first locations (docs/definitions.md, "Warnings and notices").</summary>
public static class WarningText
{
    public static string Line(Warning warning) => warning.Count <= 1
        ? $"{warning.Location}: {warning.Message}"
        : $"{warning.Location}: {warning.Count} times, such as: {warning.Message} ({Where(warning)})";

    /// <summary>"at #3, #8, #12, ..." for the first locations of repeated warnings, shortened to what follows the file.</summary>
    public static string Where(Warning warning)
    {
        var shown = warning.Locations.Select(l => l.Length > warning.Location.Length && l.StartsWith(warning.Location, StringComparison.Ordinal)
            && l[warning.Location.Length] is '#' or ':' ? l[warning.Location.Length..] : l).ToList();
        return shown.Count == 0 ? "locations not kept"
            : $"at {string.Join(", ", shown)}{(warning.Count > shown.Count ? ", ..." : "")}";
    }
}
