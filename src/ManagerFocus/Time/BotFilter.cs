namespace ManagerFocus.Time;

/// <summary>Recognizes bot authors: a name ending in "[bot]" or a name or email containing a configured pattern.</summary>
internal sealed class BotFilter(IReadOnlyList<string> patterns)
{
    public bool IsBot(string name, string email)
    {
        if (name.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.Length > 0
                && (name.Contains(pattern, StringComparison.OrdinalIgnoreCase) || email.Contains(pattern, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
