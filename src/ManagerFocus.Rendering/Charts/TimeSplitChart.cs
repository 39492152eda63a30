using ManagerFocus.Reporting;
using ScottPlot;

namespace ManagerFocus.Rendering.Charts;

/// <summary>Stacked bars per manager: coding, review, other meetings and one-on-ones as shares of working hours.</summary>
internal static class TimeSplitChart
{
    public const string Id = "time-split";
    public const string Title = "Where each manager's working hours go";

    public static Chart Build(IReadOnlyList<ManagerReport> managers)
    {
        var coding = managers.Any(m => m.CodingShare is not null);
        var review = managers.Any(m => m.ReviewShare is not null);
        var meetings = managers.Any(m => m.MeetingShare is not null);
        if (!coding && !review && !meetings)
        {
            return Chart.NotGiven(Id, Title, "Time split per manager: give --git, --reviews or --calendar to see it.");
        }

        // Highest coding share on top: those are the managers the essay worries about.
        var measured = managers.Where(m => m.CodingShare is not null || m.ReviewShare is not null || m.MeetingShare is not null).ToList();
        var shown = measured
            .OrderByDescending(m => m.CodingShare ?? -1)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(ChartStyle.MaxManagers)
            .ToList();
        using var plot = ChartStyle.NewPlot();
        var widest = AddBars(plot, shown);
        ChartStyle.NameTicks(plot.Axes.Left, shown.Select(m => m.Name).ToList());
        ChartStyle.PercentTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "share of working hours";
        plot.Axes.SetLimits(0, widest * 1.02, -0.6, shown.Count - 0.4);
        AddLegend(plot, coding, review, meetings);
        plot.ShowLegend(Edge.Top);
        var height = ChartStyle.BarChartHeight(shown.Count) + 30;
        return Chart.Drawn(Id, Title, ChartSvg.Render(plot, Id, Title, ChartStyle.Width, height), Caption(managers.Count, measured.Count, shown.Count, coding, review, meetings));
    }

    /// <summary>Adds one stacked bar per manager, top down; returns the longest stack, to size the axis.</summary>
    private static double AddBars(Plot plot, List<ManagerReport> shown)
    {
        var bars = new List<Bar>();
        var widest = 1.0;
        for (var i = 0; i < shown.Count; i++)
        {
            var m = shown[i];
            var position = shown.Count - 1 - i;
            var end = 0.0;
            // Meeting share includes one-on-ones; stack the rest of the meetings and the one-on-ones apart.
            var otherMeetings = m.MeetingShare is { } all ? Math.Max(0, all - (m.OneOnOneShare ?? 0)) : (double?)null;
            foreach (var (share, color) in new[]
            {
                (m.CodingShare, ChartStyle.Coding), (m.ReviewShare, ChartStyle.Review),
                (otherMeetings, ChartStyle.Meetings), (m.OneOnOneShare, ChartStyle.OneOnOnes),
            })
            {
                if (share is > 0)
                {
                    bars.Add(Segment(position, end, end + share.Value, color));
                    end += share.Value;
                }
            }

            widest = Math.Max(widest, end);
        }

        plot.Add.Bars(bars);
        return widest;
    }

    private static Bar Segment(double position, double from, double to, Color color) => new()
    {
        Position = position,
        ValueBase = from,
        Value = to,
        FillColor = color,
        LineWidth = 0,
        Size = 0.7,
        Orientation = Orientation.Horizontal,
    };

    private static void AddLegend(Plot plot, bool coding, bool review, bool meetings)
    {
        if (coding)
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("coding", ChartStyle.Coding));
        }

        if (review)
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("review", ChartStyle.Review));
        }

        if (meetings)
        {
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("meetings other than 1:1", ChartStyle.Meetings));
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("one-on-ones", ChartStyle.OneOnOnes));
        }
    }

    private static string Caption(int all, int measured, int shown, bool coding, bool review, bool meetings)
    {
        var notes = new List<string>();
        if (shown < measured)
        {
            notes.Add($"The {shown} managers with the highest coding share of {measured}.");
        }

        if (measured < all)
        {
            notes.Add($"{all - measured} manager(s) without activity figures are not shown.");
        }

        foreach (var (given, what, input) in new[] { (coding, "Coding", "--git"), (review, "Review", "--reviews"), (meetings, "Meetings", "--calendar") })
        {
            if (!given)
            {
                notes.Add($"{what} is not shown: give {input} to see it.");
            }
        }

        return string.Join(" ", notes);
    }
}
