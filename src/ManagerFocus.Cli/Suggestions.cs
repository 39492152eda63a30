using System.CommandLine;
using System.CommandLine.Completions;

namespace ManagerFocus.Cli;

/// <summary>
/// Option values of a fixed list in any case, and the nearest command, option or value on a typo
/// (docs/definitions.md, "Command line").
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The arguments with each value of a fixed list (such as --format) spelt as the list spells it; a value that is not in
    /// the list but close to one gives a "did you mean" line, returned instead.
    /// </summary>
    public static (string[] Args, string? Error) NormalizeChoices(Command command, string[] args)
    {
        var choices = ChoicesOf(command);
        var result = (string[])args.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] == "--")
            {
                break;
            }

            // --format HTML, --format=HTML and --format:HTML.
            var (name, inline) = Split(result[i]);
            if (!choices.TryGetValue(name, out var allowed))
            {
                continue;
            }

            var index = inline is null ? i + 1 : i;
            var value = inline ?? (index < result.Length ? result[index] : null);
            if (value is null)
            {
                continue;
            }

            var canonical = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (canonical is not null)
            {
                result[index] = inline is null ? canonical : result[i][..(name.Length + 1)] + canonical;
            }
            else if (Nearest(value, allowed) is { } near)
            {
                return (args, $"{name} {value}: did you mean {near}? (one of {string.Join(", ", allowed)})");
            }
        }

        return (result, null);
    }

    /// <summary>A "did you mean" line for the first unknown option or command of a failed parse; null when nothing is close.</summary>
    public static string? ForUnmatched(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var options = OptionsOf(command).SelectMany(o => o.Aliases.Append(o.Name)).Distinct().ToList();
        var commands = command.Subcommands.SelectMany(c => c.Aliases.Append(c.Name)).Distinct().ToList();
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (token.StartsWith('-') && Nearest(token, options) is { } option)
            {
                return $"unknown option {token}: did you mean {option}?";
            }

            if (!token.StartsWith('-') && commands.Count > 0 && Nearest(token, commands) is { } sub)
            {
                return $"unknown command {token}: did you mean {sub}?";
            }
        }

        return null;
    }

    /// <summary>
    /// The closest candidate by edit distance (a swap of two neighbouring letters counts once), case ignored; null when
    /// none is within a third of the word's length (at least one edit), or when two are equally close.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.TrimStart('-').ToLowerInvariant();
        var limit = Math.Max(1, word.Length / 3);
        var scored = candidates
            .Select(c => (Candidate: c, Distance: Distance(word, c.TrimStart('-').ToLowerInvariant())))
            .Where(s => s.Distance <= limit)
            .OrderBy(s => s.Distance)
            .ToList();
        return scored.Count == 0 || (scored.Count > 1 && scored[1].Distance == scored[0].Distance && scored[1].Candidate != scored[0].Candidate)
            ? null
            : scored[0].Candidate;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, one each.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Every option of fixed string values a command takes, by each of its names, with the values it accepts.</summary>
    private static Dictionary<string, string[]> ChoicesOf(Command command)
    {
        var choices = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var option in OptionsOf(command).Where(o => o.ValueType == typeof(string)))
        {
            // An option limited to a list (AcceptOnlyFromAmong) offers exactly that list as its completions.
            var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToArray();
            if (values.Length > 0)
            {
                foreach (var alias in option.Aliases.Append(option.Name))
                {
                    choices[alias] = values;
                }
            }
        }

        return choices;
    }

    /// <summary>A command's own options and the recursive ones of the commands above it (--help, --version).</summary>
    private static IEnumerable<Option> OptionsOf(Command command)
    {
        var inherited = command.Parents.OfType<Command>().SelectMany(p => OptionsOf(p)).Where(o => o.Recursive);
        return command.Options.Concat(inherited);
    }

    private static (string Name, string? Inline) Split(string token)
    {
        var at = token.StartsWith('-') ? token.IndexOfAny(['=', ':']) : -1;
        return at < 0 ? (token, null) : (token[..at], token[(at + 1)..]);
    }
}
