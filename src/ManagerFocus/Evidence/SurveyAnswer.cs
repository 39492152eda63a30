namespace ManagerFocus.Evidence;

/// <summary>One survey answer: person (index), day, score 1–5.</summary>
public readonly record struct SurveyAnswer(int Person, DateOnly Date, int Score);
