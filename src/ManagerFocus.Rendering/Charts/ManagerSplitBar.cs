using System.Globalization;
using System.Net;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Charts;

/// <summary>
/// One manager's time split as a single stacked bar of shares of working hours, in the time-split chart's colours:
/// plain SVG written directly, cheap enough to draw on every request of the dashboard's manager page.
/// </summary>
internal static class ManagerSplitBar
{
    private const int Width = 1000;
    private const int Left = 10;
    private const int BarWidth = 980;

    public static string? Build(ManagerReport m)
    {
        if (m.CodingShare is null && m.ReviewShare is null && m.MeetingShare is null)
        {
            return null;
        }

        // Meeting share includes one-on-ones; stack the rest of the meetings and the one-on-ones apart, as the report's chart does.
        var otherMeetings = m.MeetingShare is { } all ? Math.Max(0, all - (m.OneOnOneShare ?? 0)) : (double?)null;
        var segments = new[]
        {
            ("coding", m.CodingShare, ChartStyle.Coding), ("review", m.ReviewShare, ChartStyle.Review),
            ("meetings other than 1:1", otherMeetings, ChartStyle.Meetings), ("one-on-ones", m.OneOnOneShare, ChartStyle.OneOnOnes),
        };
        var svg = new System.Text.StringBuilder();
        var title = WebUtility.HtmlEncode($"Where {m.Name}'s working hours go");
        svg.Append(Invariant($"<svg class=\"chart\" data-chart=\"manager-split\" role=\"img\" aria-label=\"{title}\" viewBox=\"0 0 {Width} 110\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"110\">"));
        svg.Append(Invariant($"<rect fill=\"white\" width=\"{Width}\" height=\"110\"/><rect x=\"{Left}\" y=\"10\" width=\"{BarWidth}\" height=\"40\" fill=\"#f1f3f6\"/>"));
        var x = (double)Left;
        var legend = Left;
        foreach (var (label, share, color) in segments)
        {
            if (share is not > 0)
            {
                continue;
            }

            var width = Math.Min(share.Value, 1.0) * BarWidth;
            svg.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"10\" width=\"{width:0.##}\" height=\"40\" fill=\"{color.ToHex()}\"><title>{label} {ChartStyle.Percent(share.Value)}</title></rect>"));
            x += width;
            svg.Append(Invariant($"<rect x=\"{legend}\" y=\"70\" width=\"14\" height=\"14\" fill=\"{color.ToHex()}\"/><text x=\"{legend + 20}\" y=\"82\" font-size=\"14\" font-family=\"DejaVu Sans, sans-serif\" fill=\"#1d2330\">{label} {ChartStyle.Percent(share.Value)}</text>"));
            legend += 240;
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
