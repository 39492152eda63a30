using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ManagerFocus.Rendering.Charts;

/// <summary>Turns a ScottPlot plot into SVG that can sit inline in HTML, byte-for-byte the same on every run.</summary>
internal static partial class ChartSvg
{
    public static string Render(Plot plot, string chartId, string title, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = XmlDeclaration().Replace(svg, "");
        svg = RenumberIds(svg, chartId);
        var attributes = string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" data-chart=\"{chartId}\" role=\"img\" aria-label=\"{Html.E(title)}\" viewBox=\"0 0 {width} {height}\" ");
        var start = svg.IndexOf("<svg ", StringComparison.Ordinal);
        return svg[..start] + attributes + svg[(start + "<svg ".Length)..].TrimEnd();
    }

    // Skia numbers clip paths from a process-wide counter; name them per chart so output repeats and ids never clash.
    private static string RenumberIds(string svg, string chartId)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            names.TryAdd(match.Groups[1].Value, $"{chartId}-{names.Count + 1}");
        }

        return names.Count == 0 ? svg : IdReference().Replace(svg, m =>
            names.TryGetValue(m.Groups[2].Value, out var name) ? m.Groups[1].Value + name + m.Groups[3].Value : m.Value);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\bid=\"|url\\(#|href=\"#)([^\"\\)]+)([\"\\)])")]
    private static partial Regex IdReference();
}
