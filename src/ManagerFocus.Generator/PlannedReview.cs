namespace ManagerFocus.Generator;

/// <summary>One review: by a person index (or an outsider, negative), in a state, submitted at a time (null when PENDING).</summary>
internal readonly record struct PlannedReview(int Reviewer, string State, long? Submitted);
