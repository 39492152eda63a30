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
}
