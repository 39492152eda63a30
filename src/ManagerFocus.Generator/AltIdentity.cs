namespace ManagerFocus.Generator;

/// <summary>The second identity some people commit under, as real histories have them.</summary>
internal enum AltIdentity
{
    None,

    /// <summary>A personal email listed in the person's aliases.</summary>
    SecondEmail,

    /// <summary>A git author name listed in aliases, with a machine email nobody knows.</summary>
    GitName,

    /// <summary>A GitHub noreply address, mapped by the repository's .mailmap.</summary>
    Noreply,

    /// <summary>A former email, mapped by the repository's .mailmap.</summary>
    OldEmail,
}
