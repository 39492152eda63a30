using ManagerFocus.Diagnostics;

namespace ManagerFocus.Org;

/// <summary>Unattributed identities that share an email (or a login) as one entry (docs/definitions.md, "Inputs").</summary>
public static class UnattributedGroups
{
    /// <summary>One entry per source and email (git "Name &lt;email&gt;") or login (reviews), counts summed, spellings listed.</summary>
    public static List<UnattributedIdentity> Group(IEnumerable<UnattributedIdentity> identities) =>
        [.. identities
            .GroupBy(u => (u.Source, Key: KeyOf(u.Identity)))
            .Select(g =>
            {
                var spellings = g.GroupBy(u => u.Identity, StringComparer.Ordinal)
                    .Select(s => (Identity: s.Key, Count: s.Sum(u => u.Count)))
                    .OrderByDescending(s => s.Count).ThenBy(s => s.Identity, StringComparer.Ordinal)
                    .ToList();
                return new UnattributedIdentity(g.Key.Source, spellings[0].Identity, spellings.Sum(s => s.Count))
                {
                    Spellings = [.. spellings.Select(s => s.Identity)],
                };
            })];

    /// <summary>The email of "Name &lt;email&gt;" in lower case, or the whole identity (a login) in lower case.</summary>
    internal static string KeyOf(string identity)
    {
        var (_, email) = Split(identity);
        return (email is { Length: > 0 } ? email : identity.Trim()).ToLowerInvariant();
    }

    /// <summary>The name and email of "Name &lt;email&gt;"; a login is a name without an email.</summary>
    internal static (string Name, string? Email) Split(string identity)
    {
        var open = identity.LastIndexOf('<');
        return open >= 0 && identity.EndsWith('>')
            ? (identity[..open].Trim(), identity[(open + 1)..^1].Trim())
            : (identity.Trim(), null);
    }
}
