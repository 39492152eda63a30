using System.Text;

namespace ManagerFocus.Generator.Tests;

public sealed class IcsWriterTests
{
    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var text = new StringWriter();
        var line = "ATTENDEE;CN=" + string.Concat(Enumerable.Repeat("Zoë Müller ", 12)) + ":mailto:zoe@example.com";

        new IcsWriter(text).Line(line);

        var physical = text.ToString().Split("\r\n")[..^1];
        physical.Length.ShouldBeGreaterThan(1);
        physical.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        physical.Skip(1).ShouldAllBe(l => l.StartsWith(' '));
        string.Concat(physical.Select((l, i) => i == 0 ? l : l[1..])).ShouldBe(line);
    }

    [Fact]
    public void Short_lines_are_written_as_they_are_with_crlf()
    {
        var text = new StringWriter();

        new IcsWriter(text).Line("BEGIN:VEVENT");

        text.ToString().ShouldBe("BEGIN:VEVENT\r\n");
    }

    [Fact]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines()
    {
        IcsWriter.Escape("a,b;c\\d\ne").ShouldBe("a\\,b\\;c\\\\d\\ne");
    }
}
