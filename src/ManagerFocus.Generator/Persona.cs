namespace ManagerFocus.Generator;

/// <summary>How a generated person really works, which the analysis should rediscover.</summary>
internal enum Persona
{
    Ic,

    /// <summary>Codes 0-5% of working hours.</summary>
    Manager,

    /// <summary>Codes 15-25% of working hours.</summary>
    Hybrid,

    /// <summary>Codes 35-60% of working hours.</summary>
    CodingManager,
}
