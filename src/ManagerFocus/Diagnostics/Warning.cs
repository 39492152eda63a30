namespace ManagerFocus.Diagnostics;

/// <summary>
/// A problem with one row, object or file of an input; the rest of the input was kept. Repeated problems of one file
/// are one entry (docs/definitions.md, "Warnings and notices"): <see cref="Count"/> of them, the first at
/// <see cref="Locations"/>, and <see cref="Message"/> is the first one's text.
/// </summary>
public sealed record Warning(string Source, string Location, string Message)
{
    /// <summary>How many times this problem was met in this file; 1 for a single one.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Where the first few of them are (row, line or object); empty when only the file is known.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];
}
