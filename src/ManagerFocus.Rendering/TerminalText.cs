using ManagerFocus.Diagnostics;
using Spectre.Console;

namespace ManagerFocus.Rendering;

/// <summary>Text from an input (a name, id, login, path or warning) as a terminal may show it: control characters escaped, markup escaped.</summary>
internal static class TerminalText
{
    /// <summary>For Spectre markup: the product's own styling stays, the input's text can neither style nor steer the terminal.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Plain(text));

    /// <summary>For plain writes: control characters (ESC, OSC, BEL, CR) shown as \u escapes, nothing cut.</summary>
    public static string Plain(string? text) => SafeText.Clean(text, int.MaxValue);
}
