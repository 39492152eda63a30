using System.Text;

namespace ManagerFocus.Generator;

/// <summary>Writes iCalendar content lines: CRLF endings, folded at 75 octets without splitting a UTF-8 character.</summary>
internal sealed class IcsWriter(TextWriter output)
{
    private const int MaxOctets = 75;

    public void Line(string text)
    {
        var octets = 0;
        var limit = MaxOctets;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) ? 4 : char.IsLowSurrogate(text[i]) ? 0 : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
            if (octets + width > limit)
            {
                output.Write(text.AsSpan(start, i - start));
                output.Write("\r\n ");
                start = i;
                octets = 0;
                limit = MaxOctets - 1;
            }

            octets += width;
        }

        output.Write(text.AsSpan(start));
        output.Write("\r\n");
    }

    /// <summary>TEXT value escaping of RFC 5545 section 3.3.11.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\\\"),
                ';' => escaped.Append("\\;"),
                ',' => escaped.Append("\\,"),
                '\n' => escaped.Append("\\n"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
