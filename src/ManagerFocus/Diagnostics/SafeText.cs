using System.Globalization;
using System.Text;

namespace ManagerFocus.Diagnostics;

/// <summary>
/// Text that came from an input, made safe to print (docs/definitions.md, "Bounds"): control characters (terminal escape
/// sequences, bidirectional overrides) are shown as \u escapes and a value longer than a cap is cut with an ellipsis.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of one input value (a login, a path, an id) echoed in a warning or an error.</summary>
    public const int MaxEcho = 200;

    /// <summary>The most characters of one warning or error message.</summary>
    public const int MaxMessage = 1_000;

    /// <summary>The text with control characters escaped and cut to <paramref name="max"/> characters.</summary>
    public static string Clean(string? text, int max = MaxEcho)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (text.Length <= max && !NeedsEscape(text))
        {
            return text;
        }

        var cut = text.Length > max;
        var builder = new StringBuilder(Math.Min(text.Length, max) + 16);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, max)))
        {
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (cut)
        {
            builder.Append("… (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    /// <summary>True when the text holds a character a terminal could act on.</summary>
    public static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C0 and C1 controls (ESC, BEL, CR, ...), DEL, and the bidirectional and invisible formatting characters.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' || c is >= '\u200b' and <= '\u200f' || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069' || c == '\ufeff';
}
