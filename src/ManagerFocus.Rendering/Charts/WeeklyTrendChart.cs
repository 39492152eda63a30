using System.Globalization;
using System.Text;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Charts;

/// <summary>
/// One manager's weekly coding and meeting shares as a small inline SVG: the coding cap of the policy in force drawn
/// dashed, and a mark on each day a new snapshot changed the manager's reporting line. Same input, same bytes.
/// </summary>
internal static class WeeklyTrendChart
{
    public const int Width = 240;
    public const int Height = 64;
    private const double Pad = 4;

    public static string Svg(ManagerReport m, ReportPeriod period, PolicyReport policy)
    {
        var cap = policy.CodingCap.Severity == Severity.Off ? (double?)null : policy.CodingCap.MaxCodingShare;
        var shares = m.Weeks.SelectMany(w => new[] { w.CodingShare, w.MeetingShare }).OfType<double>();
        var top = Math.Max(Math.Max(2 * (cap ?? 0.3), 0.1), shares.DefaultIfEmpty(0).Max());
        var days = period.To.DayNumber - period.From.DayNumber;
        double X(DateOnly day) => Pad + ((Width - (2 * Pad)) * (day.DayNumber - period.From.DayNumber) / days);
        double Y(double share) => Height - Pad - ((Height - (2 * Pad)) * Math.Min(share, top) / top);

        // Each week's point sits at the middle of its days inside the period.
        double Middle(WeekReport w)
        {
            var from = w.Week < period.From ? period.From : w.Week;
            return (X(from) + X(from.AddDays(w.Days))) / 2;
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" role=\"img\" aria-label=\"{Html.E($"Weekly coding and meeting shares of {m.Name}")}\" ")
            .Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\" stroke=\"#d9dde3\"/>");
        if (cap is { } c)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"cap\" x1=\"{Pad}\" x2=\"{Width - Pad}\" y1=\"{F(Y(c))}\" y2=\"{F(Y(c))}\" stroke=\"#d1495b\" stroke-dasharray=\"3 3\" stroke-width=\"1\"><title>coding cap {Format.Threshold(c)}</title></line>");
        }

        foreach (var change in m.LineChanges ?? [])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"line-change\" x1=\"{F(X(change))}\" x2=\"{F(X(change))}\" y1=\"{Pad}\" y2=\"{Height - Pad}\" stroke=\"#1d2330\" stroke-width=\"1.5\"><title>reporting line changed {change:yyyy-MM-dd}</title></line>");
        }

        Series(svg, "meeting", "#8d99ae", m.Weeks.Select(w => (Middle(w), w.MeetingShare)), Y);
        Series(svg, "coding", "#d1495b", m.Weeks.Select(w => (Middle(w), w.CodingShare)), Y);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Series(StringBuilder svg, string name, string color, IEnumerable<(double X, double? Share)> points, Func<double, double> y)
    {
        var known = points.Where(p => p.Share is not null).Select(p => $"{F(p.X)},{F(y(p.Share!.Value))}").ToList();
        if (known.Count == 0)
        {
            return;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{name}\" points=\"{string.Join(' ', known)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
