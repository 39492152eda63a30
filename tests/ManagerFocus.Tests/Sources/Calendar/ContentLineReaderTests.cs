using ManagerFocus.Sources.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class ContentLineReaderTests
{
    private static List<(int Line, string Text)> Lines(string text)
    {
        var reader = new ContentLineReader(new StringReader(text));
        var lines = new List<(int, string)>();
        while (reader.Next())
        {
            lines.Add((reader.LineNumber, reader.Line.ToString()));
        }

        return lines;
    }

    [Fact]
    public void Folded_lines_are_joined_and_numbered_by_their_first_physical_line()
    {
        var lines = Lines("BEGIN:VEVENT\r\nDTSTART;TZID=America/\r\n New_York:20250107T100000\r\n\tZ\r\nEND:VEVENT\r\n");

        lines.ShouldBe([(1, "BEGIN:VEVENT"), (2, "DTSTART;TZID=America/New_York:20250107T100000Z"), (5, "END:VEVENT")]);
    }

    [Fact]
    public void Bare_line_feeds_blank_lines_and_a_missing_last_newline_are_accepted()
    {
        Lines("A:1\n\nB:2").ShouldBe([(1, "A:1"), (3, "B:2")]);
    }

    [Fact]
    public void Quoted_parameters_may_hold_colons_and_semicolons()
    {
        ContentLine.TryParse("ATTENDEE;CN=\"Lee; Ann: PhD\";CUTYPE=ROOM:mailto:a@x.io", out var line).ShouldBeTrue();

        line.Name.ToString().ShouldBe("ATTENDEE");
        line.Value.ToString().ShouldBe("mailto:a@x.io");
        line.Parameter("cutype").ToString().ShouldBe("ROOM");
        line.Parameter("PARTSTAT").IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_line_without_a_colon_is_not_a_content_line()
    {
        ContentLine.TryParse("this line has no colon", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_colon_only_inside_an_unclosed_quote_leaves_no_value()
    {
        ContentLine.TryParse("ATTENDEE;CN=\"Lee: Ann;PARTSTAT=ACCEPTED:mailto:a@x.io", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_value_starts_after_the_first_colon_outside_quotes()
    {
        ContentLine.TryParse("X;A=\"1:2\";B=\"3\":v:w", out var line).ShouldBeTrue();

        line.Parameters.ToString().ShouldBe(";A=\"1:2\";B=\"3\"");
        line.Value.ToString().ShouldBe("v:w");
    }
}
