namespace ManagerFocus.Demo;

/// <summary>What to generate: how many people, from which seed, with activity up to which day.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The built-in demo organization.</summary>
    public static GeneratorOptions Demo { get; } = new() { People = 60 };

    public required int People { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>The day after the last generated activity, so the default period ends here.</summary>
    public DateOnly End { get; init; } = new(2026, 11, 2);
}
