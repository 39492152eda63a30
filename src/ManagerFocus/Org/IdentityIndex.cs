using System.Globalization;
using System.Text;

namespace ManagerFocus.Org;

/// <summary>
/// Case-insensitive lookup from an email, git author name or GitHub login to a person's index; and, apart, from a
/// person's exact name (case and accents aside) when no one else has that name (docs/definitions.md, "Inputs").
/// </summary>
public sealed class IdentityIndex
{
    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<string, int> _byName;

    internal IdentityIndex(Dictionary<string, int> byKey, IEnumerable<(string Name, int Index)>? names = null)
    {
        _byKey = byKey;
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, index) in names ?? [])
        {
            if (NameKey(name) is not { } key || ambiguous.Contains(key))
            {
                continue;
            }

            if (_byName.TryGetValue(key, out var other) && other != index)
            {
                _byName.Remove(key);
                ambiguous.Add(key);
                continue;
            }

            _byName[key] = index;
        }
    }

    public int Count => _byKey.Count;

    /// <summary>The person's index, or -1 when no one claims this identity.</summary>
    public int Resolve(string? key) => string.IsNullOrWhiteSpace(key) ? -1 : Resolve(key.AsSpan());

    public int Resolve(ReadOnlySpan<char> key)
    {
        key = key.Trim();
        return key.IsEmpty ? -1 : _bySpan.TryGetValue(key, out var index) ? index : -1;
    }

    /// <summary>The one person whose name is exactly <paramref name="name"/> (case and accents aside), or -1.</summary>
    public int ResolveName(string? name) => NameKey(name) is { } key && _byName.TryGetValue(key, out var index) ? index : -1;

    /// <summary>
    /// Latin letters U+00C0 to U+017F without their accents, lower case ('?' where the letter folds to two: see
    /// <see cref="Fold"/>). The product runs without culture data, so accents are folded from this table, not by
    /// Unicode normalization.
    /// </summary>
    private const string LatinFolds =
        "aaaaaa?ceeeeiiiidnooooo×ouuuuy??aaaaaa?ceeeeiiiidnooooo÷ouuuuy?yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>A name without case, accents or repeated spaces ("José  Núñez" and "jose nunez" are one), or null when empty.</summary>
    internal static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var text = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            AppendFolded(text, c);
        }

        return text.ToString();
    }

    /// <summary>Appends <paramref name="c"/> in lower case without its accent (two letters for æ, þ, ß, ĳ, œ).</summary>
    internal static void AppendFolded(StringBuilder text, char c)
    {
        switch (c)
        {
            case >= '\u00C0' and <= '\u017F' when LatinFolds[c - '\u00C0'] != '?':
                text.Append(LatinFolds[c - '\u00C0']);
                break;
            case 'Æ' or 'æ':
                text.Append("ae");
                break;
            case 'Þ' or 'þ':
                text.Append("th");
                break;
            case 'ß':
                text.Append("ss");
                break;
            case 'Ĳ' or 'ĳ':
                text.Append("ij");
                break;
            case 'Œ' or 'œ':
                text.Append("oe");
                break;
            default:
                text.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
