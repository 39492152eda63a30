using ManagerFocus.Org;

namespace ManagerFocus.Time;

/// <summary>Turns a commit author into a code shared by all repositories: a person's index, or a negative code for an unknown or bot identity.</summary>
internal sealed class AuthorTable(IdentityIndex identities, BotFilter bots)
{
    private const string NoreplyDomain = "users.noreply.github.com";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Identity, bool Bot)> _others = [];
    private readonly List<(string Identity, int Person)> _byName = [];

    public static bool IsPerson(int code) => code >= 0;

    /// <summary>
    /// Attribution order (docs/definitions.md, "Inputs"): (mailmapped) email, GitHub noreply login, author name as an
    /// alias, then the author name as the one person's exact name; bots first of all.
    /// </summary>
    public int Resolve(string email, string name)
    {
        var isBot = bots.IsBot(name, email);
        if (!isBot)
        {
            var person = identities.Resolve(email);
            if (person < 0 && NoreplyLogin(email) is { Length: > 0 } login)
            {
                person = identities.Resolve(login);
            }

            if (person < 0)
            {
                person = identities.Resolve(name);
            }

            if (person < 0 && identities.ResolveName(name) is >= 0 and var named)
            {
                // Last: the one person with exactly this name; reported, so an alias can make it explicit.
                person = named;
                lock (_gate)
                {
                    _byName.Add(($"{name} <{email}>", person));
                }
            }

            if (person >= 0)
            {
                return person;
            }
        }

        var identity = $"{name} <{email}>";
        lock (_gate)
        {
            if (!_codes.TryGetValue(identity, out var code))
            {
                _others.Add((identity, isBot));
                code = -_others.Count;
                _codes.Add(identity, code);
            }

            return code;
        }
    }

    /// <summary>Identities attributed by their author name matching one person's name, in the order met.</summary>
    public IReadOnlyList<(string Identity, int Person)> MatchedByName
    {
        get
        {
            lock (_gate)
            {
                return [.. _byName];
            }
        }
    }

    public bool IsBot(int code)
    {
        if (code >= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _others[-code - 1].Bot;
        }
    }

    /// <summary>"Name &lt;email&gt;" of a negative code.</summary>
    public string IdentityOf(int code)
    {
        lock (_gate)
        {
            return _others[-code - 1].Identity;
        }
    }

    /// <summary>The login of <c>12345+login@users.noreply.github.com</c> or <c>login@users.noreply.github.com</c>.</summary>
    internal static string? NoreplyLogin(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || !email.AsSpan(at + 1).Equals(NoreplyDomain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var local = email.AsSpan(0, at);
        var plus = local.IndexOf('+');
        return (plus >= 0 ? local[(plus + 1)..] : local).ToString();
    }
}
