using ManagerFocus.Diagnostics;
using ManagerFocus.Org;

namespace ManagerFocus.Analysis;

/// <summary>
/// Finds the person `explain --person` names (docs/definitions.md, "Explain"): an id, else an email, alias or login, else
/// the exact name (case, accents and repeated spaces aside, as commits are matched by name). Ambiguous or unknown is a
/// user error naming the candidates or the nearest id or name.
/// </summary>
public static class ExplainedPerson
{
    public static Person Find(Organization org, string given)
    {
        if (org.Find(given) is { } byId)
        {
            return byId;
        }

        if (org.Identities.Resolve(given) is >= 0 and var byIdentity)
        {
            return org[byIdentity];
        }

        var key = IdentityIndex.NameKey(given);
        var named = key is null ? [] : org.People.Where(p => IdentityIndex.NameKey(p.Name) == key).ToList();
        return named switch
        {
            [var one] => one,
            [] => throw UserError.InvalidOption("--person", given, "no person has this id, email, alias or name in the people file" + Nearest(org, given, key)),
            _ => throw UserError.InvalidOption("--person", given,
                $"{named.Count} people have this name ({string.Join(", ", named.Take(10).Select(p => p.Id))}{(named.Count > 10 ? ", ..." : "")}); give one of their ids"),
        };
    }

    /// <summary>"; did you mean ..." for the id or name nearest to what was given, when one is close; else empty.</summary>
    private static string Nearest(Organization org, string given, string? key)
    {
        var text = given.Trim();
        var best = (Distance: int.MaxValue, Label: "");
        foreach (var person in org.People)
        {
            var byId = Distance(text.ToLowerInvariant(), person.Id.ToLowerInvariant());
            var byName = key is null || IdentityIndex.NameKey(person.Name) is not { } name ? int.MaxValue : Distance(key, name);
            var distance = Math.Min(byId, byName);
            if (distance < best.Distance)
            {
                best = (distance, $"{person.Id} ({person.Name})");
            }
        }

        // Close means a typo or two: at most a third of what was given.
        return best.Distance <= Math.Max(1, text.Length / 3) ? $"; did you mean {best.Label}?" : "";
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
