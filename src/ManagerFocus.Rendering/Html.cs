using System.Buffers;
using System.Globalization;
using System.Text;

namespace ManagerFocus.Rendering;

/// <summary>Escaping and number words for the HTML report; every text from the model goes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    // Only the five characters HTML gives meaning to are escaped; names like "Ó Súilleabháin" stay readable in the file.
    public static string E(string? text)
    {
        text ??= Format.Missing;
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string SignedPercent(double? share) =>
        share is { } s ? (s * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%" : Format.Missing;

    public static string Interval(IReadOnlyList<double?>? interval, Func<double?, string> format) =>
        interval is [var low, var high]
            ? $"95% interval {(low is null ? "unbounded" : format(low))} to {(high is null ? "unbounded" : format(high))}"
            : "no interval";

    public static string Pill(string text, string kind) => $"<span class=\"pill {E(kind)}\">{E(text)}</span>";

    /// <summary>A definition list of counts, in the given key order first, then any other key the model holds.</summary>
    public static string Counts(IReadOnlyDictionary<string, int> counts, params string[] order)
    {
        var keys = order.Where(counts.ContainsKey).Concat(counts.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal));
        var rows = keys.Select(k => $"<div><dt>{E(k)}</dt><dd>{N(counts[k])}</dd></div>").ToList();
        return rows.Count == 0 ? "<p class=\"muted\">none</p>" : $"<dl class=\"counts\">{string.Concat(rows)}</dl>";
    }
}
