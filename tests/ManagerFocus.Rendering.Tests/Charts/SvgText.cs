using System.Globalization;
using System.Xml.Linq;

namespace ManagerFocus.Rendering.Tests.Charts;

/// <summary>Parses a chart as XML (so it must be well-formed) and lists the texts it draws.</summary>
internal static class SvgText
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        var root = XElement.Parse(svg);
        root.Name.ShouldBe(Svg + "svg");
        return root;
    }

    public static IReadOnlyList<string> Texts(string svg) =>
        Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>The vertical position of a text, from its translate(x y) transform.</summary>
    public static double Top(string svg, string text)
    {
        var element = Parse(svg).Descendants(Svg + "text").First(t => t.Value.Trim() == text);
        var transform = ((string?)element.Attribute("transform")).ShouldNotBeNull();
        var numbers = transform["translate(".Length..^1].Split(' ');
        return double.Parse(numbers[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The vertical position of the longest horizontal line drawn in <paramref name="stroke"/> (a plot-wide threshold line, not a legend swatch).</summary>
    public static double HorizontalLine(string svg, string stroke)
    {
        var lines = Parse(svg).Descendants(Svg + "path")
            .Where(p => string.Equals((string?)p.Attribute("stroke"), stroke, StringComparison.OrdinalIgnoreCase))
            .Select(p => ((string?)p.Attribute("d") ?? "").Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Where(n => n.Length == 4 && n[1] == n[3])
            .Select(n => (Y: double.Parse(n[1], CultureInfo.InvariantCulture), Length: Math.Abs(double.Parse(n[2], CultureInfo.InvariantCulture) - double.Parse(n[0], CultureInfo.InvariantCulture))))
            .ToList();
        lines.ShouldNotBeEmpty($"no horizontal line in {stroke}");
        return lines.MaxBy(l => l.Length).Y;
    }

    /// <summary>The inline chart with this id, cut out of an HTML page.</summary>
    public static string ChartIn(string html, string chartId)
    {
        var start = html.IndexOf($"<svg class=\"chart\" data-chart=\"{chartId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no chart {chartId} in the page");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal);
        return html[start..(end + "</svg>".Length)];
    }
}
