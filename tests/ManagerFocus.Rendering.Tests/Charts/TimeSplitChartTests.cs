using ManagerFocus.Rendering.Charts;

namespace ManagerFocus.Rendering.Tests.Charts;

public sealed class TimeSplitChartTests
{
    [Fact]
    public void Draws_well_formed_svg_with_the_four_series_and_every_measured_manager()
    {
        // Given
        var managers = ReportSamples.Full().Managers;

        // When
        var chart = TimeSplitChart.Build(managers);

        // Then
        var texts = SvgText.Texts(chart.Svg!);
        texts.ShouldContain("coding");
        texts.ShouldContain("review");
        texts.ShouldContain("meetings other than 1:1");
        texts.ShouldContain("one-on-ones");
        texts.ShouldContain(ReportSamples.EscapedName);
        texts.ShouldContain("Kofi Mensah");
        texts.ShouldNotContain("Ivan Petrov");
        chart.Caption.ShouldContain("1 manager(s) without activity figures are not shown.");
    }

    [Fact]
    public void Lists_the_highest_coding_share_first()
    {
        var chart = TimeSplitChart.Build(ReportSamples.Full().Managers);

        // Kofi codes 62% and Fatima 2%: Kofi's label sits higher on the page.
        SvgText.Top(chart.Svg!, "Kofi Mensah").ShouldBeLessThan(SvgText.Top(chart.Svg!, "Fatima Haddad"));
    }

    [Fact]
    public void Without_git_reviews_or_calendars_it_is_one_line_naming_them()
    {
        var chart = TimeSplitChart.Build(ReportSamples.PeopleOnly().Managers);

        chart.Svg.ShouldBeNull();
        chart.Missing.ShouldBe("Time split per manager: give --git, --reviews or --calendar to see it.");
    }

    [Fact]
    public void A_missing_series_is_left_out_of_the_legend_and_named_in_the_caption()
    {
        var managers = ReportSamples.Full().Managers.Select(m => m with { MeetingShare = null, OneOnOneShare = null }).ToList();

        var chart = TimeSplitChart.Build(managers);

        SvgText.Texts(chart.Svg!).ShouldNotContain("one-on-ones");
        chart.Caption.ShouldContain("Meetings is not shown: give --calendar to see it.");
    }

    [Fact]
    public void The_same_managers_give_the_same_svg()
    {
        var managers = ReportSamples.Full().Managers;

        TimeSplitChart.Build(managers).Svg.ShouldBe(TimeSplitChart.Build(managers).Svg);
    }
}
