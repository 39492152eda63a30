namespace ManagerFocus.Activity;

/// <summary>One survey answer as written: the file's line, person id (not yet resolved), day and score 1–5.</summary>
public readonly record struct SurveyRecord(int Line, string PersonId, DateOnly Date, int Score);
