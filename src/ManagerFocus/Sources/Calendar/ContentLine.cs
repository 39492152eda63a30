namespace ManagerFocus.Sources.Calendar;

/// <summary>One unfolded line split into name, parameters and value, without copying (RFC 5545, 3.1).</summary>
internal readonly ref struct ContentLine
{
    private ContentLine(ReadOnlySpan<char> name, ReadOnlySpan<char> parameters, ReadOnlySpan<char> value)
    {
        Name = name;
        Parameters = parameters;
        Value = value;
    }

    public ReadOnlySpan<char> Name { get; }

    /// <summary>Everything between the name and the value's colon, starting with ';' when not empty.</summary>
    public ReadOnlySpan<char> Parameters { get; }

    public ReadOnlySpan<char> Value { get; }

    /// <summary>False when the line has no name or no colon outside quotes.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out ContentLine parsed)
    {
        parsed = default;
        var nameEnd = line.IndexOfAny(';', ':');
        if (nameEnd <= 0)
        {
            return false;
        }

        // Jumps from quote to colon with a vectorized search: parameter lists (ATTENDEE) are long.
        var quoted = false;
        var i = nameEnd;
        int next;
        while ((next = line[i..].IndexOfAny('"', ':')) >= 0)
        {
            i += next;
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                parsed = new ContentLine(line[..nameEnd].Trim(), line[nameEnd..i], line[(i + 1)..]);
                return true;
            }

            i++;
        }

        return false;
    }

    public bool Is(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of parameter <paramref name="name"/> without quotes, or empty when absent.</summary>
    public ReadOnlySpan<char> Parameter(string name)
    {
        var rest = Parameters;
        while (rest.Length > 0 && rest[0] == ';')
        {
            rest = rest[1..];
            var end = NextSeparator(rest);
            // '=' is looked for in this parameter only, so a line of many parameters is read in linear time.
            var equals = rest[..end].IndexOf('=');
            if (equals < 0)
            {
                rest = rest[end..];
                continue;
            }

            var key = rest[..equals].Trim();
            var value = rest[(equals + 1)..end].Trim();
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value.Trim('"');
            }

            rest = rest[end..];
        }

        return [];
    }

    private static int NextSeparator(ReadOnlySpan<char> text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ';' && !quoted)
            {
                return i;
            }
        }

        return text.Length;
    }
}
