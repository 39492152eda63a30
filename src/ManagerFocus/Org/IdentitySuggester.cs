using System.Text;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Org;

/// <summary>
/// Suggests the likely person behind an unattributed identity from the org chart (docs/definitions.md, "Inputs"): the
/// same email local part, the same name words in another order, a login made of the name (first and last name in
/// either order, or an initial and the other name), initials and surname, or one of those within one edit. Only a
/// person who scores strictly higher than every other is suggested; a suggestion never attributes anything.
/// </summary>
public sealed class IdentitySuggester
{
    private const int SameEmailLocalPart = 100;
    private const int SameNameWords = 90;
    private const int LoginIsEmailLocalPart = 85;
    private const int LoginIsName = 80;
    private const int InitialAndSurname = 70;
    private const int OneEditAway = 60;

    /// <summary>Forms shorter than this are too common for a near match.</summary>
    private const int MinFuzzyLength = 5;

    private readonly IReadOnlyList<Person> _people;
    private readonly Dictionary<string, List<int>> _emailLocal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _nameWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _compact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _initialSurname = new(StringComparer.Ordinal);

    public IdentitySuggester(IReadOnlyList<Person> people)
    {
        _people = people;
        foreach (var person in people)
        {
            foreach (var email in new[] { person.Email }.Concat(person.Aliases.Select(a => UnattributedGroups.Split(a).Email ?? a)).OfType<string>())
            {
                if (LocalPart(email) is { Length: > 0 } local)
                {
                    Index(_emailLocal, local, person.Index);
                }
            }

            var words = Words(person.Name);
            if (words.Count == 0)
            {
                continue;
            }

            Index(_nameWords, string.Join(' ', words.Order(StringComparer.Ordinal)), person.Index);
            if (words.Count >= 2)
            {
                var (first, last) = (words[0], words[^1]);
                foreach (var form in new[] { first + last, last + first, first[0] + last, last + first[0], first + last[0] }.Distinct())
                {
                    Index(_compact, form, person.Index);
                }

                Index(_initialSurname, $"{first[0]} {last}", person.Index);
            }
        }
    }

    /// <summary>The person an identity ("Name &lt;email&gt;" or a login) most likely is, or null when no one is clearly best.</summary>
    public IdentitySuggestion? Suggest(string identity)
    {
        var (name, email) = UnattributedGroups.Split(identity);
        var scores = new Dictionary<int, (int Score, string Reason)>();
        void Score(IEnumerable<int>? people, int score, string reason)
        {
            foreach (var person in people ?? [])
            {
                if (!scores.TryGetValue(person, out var had) || had.Score < score)
                {
                    scores[person] = (score, reason);
                }
            }
        }

        var words = Words(name);
        var compactName = string.Concat(words);
        var local = email is null ? null : LocalPart(email);
        if (local is { Length: > 0 })
        {
            Score(_emailLocal.GetValueOrDefault(local), SameEmailLocalPart, "same email local part");
            Score(_compact.GetValueOrDefault(local), LoginIsName, "email local part made of the name");
        }

        if (words.Count > 0)
        {
            Score(_nameWords.GetValueOrDefault(string.Join(' ', words.Order(StringComparer.Ordinal))), SameNameWords, "same name");
        }

        if (words.Count == 2 && (words[0].Length == 1 || words[1].Length == 1))
        {
            var (initial, surname) = words[0].Length == 1 ? (words[0], words[1]) : (words[1], words[0]);
            Score(_initialSurname.GetValueOrDefault($"{initial} {surname}"), InitialAndSurname, "initial and surname");
        }

        if (email is null && compactName.Length > 0)
        {
            // A login: compare it with email local parts and with the name.
            Score(_emailLocal.GetValueOrDefault(compactName), LoginIsEmailLocalPart, "login is the email's local part");
            Score(_compact.GetValueOrDefault(compactName), LoginIsName, "login made of the name");
        }

        if (scores.Count == 0)
        {
            foreach (var form in new[] { local, email is null ? compactName : null }.OfType<string>().Where(f => f.Length >= MinFuzzyLength))
            {
                foreach (var near in Near(form))
                {
                    Score(_emailLocal.GetValueOrDefault(near), OneEditAway, "one letter from the email's local part");
                    Score(_compact.GetValueOrDefault(near), OneEditAway, "one letter from the name");
                }
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.Values.Max(s => s.Score);
        var top = scores.Where(s => s.Value.Score == best).ToList();
        if (top.Count != 1)
        {
            return null;
        }

        var chosen = _people[top[0].Key];
        return new IdentitySuggestion(chosen.Id, chosen.Name, top[0].Value.Reason);
    }

    /// <summary>
    /// A name's words in lower case without accents, keeping letters and digits only; spaces, dots, underscores and
    /// hyphens separate words (one pass, no string per letter: it runs over every person of the org chart).
    /// </summary>
    internal static List<string> Words(string? name)
    {
        var words = new List<string>(3);
        if (string.IsNullOrEmpty(name))
        {
            return words;
        }

        var word = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '.' or '_' or '-')
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                IdentityIndex.AppendFolded(word, c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The part of an email before '@' (a noreply address's login), folded to letters and digits.</summary>
    internal static string? LocalPart(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return null;
        }

        var local = email.AsSpan(0, at);
        var plus = local.IndexOf('+');
        if (plus >= 0)
        {
            // 12345+login@users.noreply.github.com: the login; name+tag@example.com: the name.
            local = email.AsSpan(at + 1).Equals("users.noreply.github.com", StringComparison.OrdinalIgnoreCase) ? local[(plus + 1)..] : local[..plus];
        }

        var folded = new StringBuilder(local.Length);
        foreach (var c in local)
        {
            if (char.IsLetterOrDigit(c))
            {
                IdentityIndex.AppendFolded(folded, c);
            }
        }

        return folded.Length > 0 ? folded.ToString() : null;
    }

    /// <summary>
    /// Every string one edit from <paramref name="form"/>: a letter dropped, two neighbours swapped, or a letter or digit
    /// (a to z, 0 to 9) changed or added. Looked up in the indexes, so no index of near forms is kept.
    /// </summary>
    internal static IEnumerable<string> Near(string form)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.Length; i++)
        {
            found.Add(form.Remove(i, 1));
            if (i + 1 < form.Length)
            {
                found.Add(string.Concat(form.AsSpan(0, i), [form[i + 1], form[i]], form.AsSpan(i + 2)));
            }

            foreach (var c in alphabet)
            {
                found.Add(string.Concat(form.AsSpan(0, i), [c], form.AsSpan(i + 1)));
            }
        }

        for (var i = 0; i <= form.Length; i++)
        {
            foreach (var c in alphabet)
            {
                found.Add(form.Insert(i, c.ToString()));
            }
        }

        found.Remove(form);
        return found;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int person)
    {
        if (!index.TryGetValue(key, out var people))
        {
            index[key] = people = [];
        }

        if (!people.Contains(person))
        {
            people.Add(person);
        }
    }
}
