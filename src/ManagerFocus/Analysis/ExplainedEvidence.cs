using ManagerFocus.Time;
using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Analysis;

/// <summary>
/// The evidence behind one person's figures, collected by the analysis stages as they compute them (docs/definitions.md,
/// "Explain"); each list stays null when its input was not given.
/// </summary>
public sealed class ExplainedEvidence
{
    public IReadOnlyList<ExplainedOccurrence>? Occurrences { get; private set; }

    public IReadOnlyList<ExplainedSession>? Sessions { get; private set; }

    public IReadOnlyList<ExplainedReview>? Reviews { get; private set; }

    /// <summary>The request with <paramref name="person"/> explained and every stage's evidence handed to this object.</summary>
    public AnalysisRequest Collect(AnalysisRequest request, string person) => request with
    {
        ExplainPersonId = person,
        OnExplained = list => Occurrences = list,
        OnExplainedSessions = list => Sessions = list,
        OnExplainedReviews = list => Reviews = list,
    };
}
