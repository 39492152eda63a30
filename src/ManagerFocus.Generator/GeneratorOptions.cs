namespace ManagerFocus.Generator;

/// <summary>What to generate: how many people, from which seed, with activity up to which day.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The built-in demo organization: fixed seed and end date, so its report is the same every day.</summary>
    public static GeneratorOptions Demo { get; } = new() { People = 60, IsDemo = true };

    public required int People { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>The day after the last generated activity, so the default period ends the day before.</summary>
    public DateOnly End { get; init; } = new(2026, 11, 2);

    /// <summary>The hand-shaped demo organization instead of a generated tree of <see cref="People"/>.</summary>
    public bool IsDemo { get; init; }

    /// <summary>Repositories and calendars written at the same time.</summary>
    public int Parallelism { get; init; } = 2;
}
