namespace ManagerFocus.Rendering.Charts;

/// <summary>One chart of the HTML report: inline SVG, or the one line that says which input would show it.</summary>
internal sealed record Chart(string Id, string Title, string? Svg, string? Missing, string Caption)
{
    public static Chart Drawn(string id, string title, string svg, string caption) => new(id, title, svg, null, caption);

    public static Chart NotGiven(string id, string title, string missing) => new(id, title, null, missing, "");
}
