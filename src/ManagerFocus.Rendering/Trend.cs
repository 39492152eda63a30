using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>A manager's weekly coding share as one line of block characters, for the terminal table.</summary>
public static class Trend
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>
    /// One character per week: the full block is twice the coding cap or more, so the cap sits at mid height; a week
    /// without working hours or coding input is a space. Empty when there are no weeks.
    /// </summary>
    public static string Coding(IReadOnlyList<WeekReport> weeks, double cap)
    {
        var top = cap > 0 ? 2 * cap : 1;
        return string.Concat(weeks.Select(w => w.CodingShare is { } share
            ? Blocks[Math.Clamp((int)(share / top * Blocks.Length), 0, Blocks.Length - 1)]
            : ' '));
    }
}
