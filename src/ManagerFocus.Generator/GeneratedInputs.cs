namespace ManagerFocus.Generator;

/// <summary>The files a generator run wrote, ready to pass to an analysis.</summary>
public sealed record GeneratedInputs
{
    public required string Folder { get; init; }
    public required string PeoplePath { get; init; }
    public IReadOnlyList<string> GitPaths { get; init; } = [];
    public IReadOnlyList<string> CalendarPaths { get; init; } = [];
    public IReadOnlyList<string> ReviewPaths { get; init; } = [];
    public string? SurveyPath { get; init; }
    public string? ExitsPath { get; init; }
    public GenerationSummary Summary { get; init; } = new();
}
