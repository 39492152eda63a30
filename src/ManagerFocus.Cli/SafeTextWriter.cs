using System.Text;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli;

/// <summary>Standard error as a terminal should get it: a control character from an input is written as a \u escape; line breaks stay.</summary>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>The writer this one filters, so a command can tell whether stderr is the console.</summary>
    public TextWriter Inner => inner;

    public override void Write(char value)
    {
        if (value is '\n' || !SafeText.IsUnsafe(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write($"\\u{(int)value:x4}");
        }
    }

    public override void Write(string? value)
    {
        if (value is null || (!SafeText.NeedsEscape(value.AsSpan())))
        {
            inner.Write(value);
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    public override string ToString() => inner.ToString() ?? "";
}
