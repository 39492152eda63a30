using ManagerFocus.Activity;

namespace ManagerFocus.Storage;

/// <summary>The text a source kind is stored as, readable in SQL.</summary>
internal static class SourceKinds
{
    public static string ToText(SourceKind kind) => kind switch
    {
        SourceKind.People => "people",
        SourceKind.Git => "git",
        SourceKind.Reviews => "reviews",
        SourceKind.Calendar => "calendar",
        SourceKind.Survey => "survey",
        SourceKind.Exits => "exits",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SourceKind Parse(string text) => text switch
    {
        "people" => SourceKind.People,
        "git" => SourceKind.Git,
        "reviews" => SourceKind.Reviews,
        "calendar" => SourceKind.Calendar,
        "survey" => SourceKind.Survey,
        "exits" => SourceKind.Exits,
        _ => throw new InvalidDataException($"unknown source kind '{text}' in the workspace"),
    };
}
