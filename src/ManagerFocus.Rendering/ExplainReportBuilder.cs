using System.Globalization;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;
using ManagerFocus.Time;
using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Rendering;

/// <summary>
/// Turns the evidence the analysis collected for one person into the rows `explain` and the dashboard show; the hours are
/// the ledger's, the very figures `analyze` reports (docs/definitions.md, "Explain"). Computes nothing itself.
/// </summary>
public static class ExplainReportBuilder
{
    public static ExplainReport Build(AnalysisResult result, ExplainedEvidence evidence, WarningLog warnings)
    {
        var ledger = result.Ledger;
        var who = result.Organization.Find(result.Request.ExplainPersonId!)!;
        double? Hours(Category c) => ledger.IsGiven(c) ? Rounding.Hours(ledger.Total(who.Index, c)) : null;
        var sessions = ledger.IsGiven(Category.Coding) ? (evidence.Sessions ?? []).Select(Row).ToList() : null;
        var reviews = ledger.IsGiven(Category.Review) ? (evidence.Reviews ?? []).Select(Row).ToList() : null;
        var occurrences = (evidence.Occurrences ?? []).Select(Row).ToList();
        return new ExplainReport
        {
            Person = who.Id,
            Name = who.Name,
            Period = new ReportPeriod(result.Period.From, result.Period.To),
            MeetingHours = Hours(Category.Meeting),
            OneOnOneHours = Hours(Category.OneOnOne),
            Occurrences = occurrences,
            CodingSessions = sessions,
            Reviews = reviews,
            Totals = new ExplainTotals
            {
                CodingHours = Hours(Category.Coding),
                ReviewHours = Hours(Category.Review),
                MeetingHours = Hours(Category.Meeting),
                OneOnOneHours = Hours(Category.OneOnOne),
                CodingSessions = sessions?.Count ?? 0,
                Commits = sessions?.Sum(s => s.CommitCount) ?? 0,
                Reviews = reviews?.Count ?? 0,
                ReviewsCounted = reviews?.Count(r => r.Counted) ?? 0,
                Occurrences = occurrences.Count,
                OccurrencesCounted = occurrences.Count(o => o.Counted),
                Notes = [.. Notes(result)],
            },
            WarningCount = warnings.Count,
            Warnings = warnings.Kept,
        };
    }

    /// <summary>Why each unknown category is null: its input was not given, or held nothing for anyone in the period.</summary>
    private static IEnumerable<string> Notes(AnalysisResult result)
    {
        var ledger = result.Ledger;
        foreach (var (category, name, option) in new[]
        {
            (Category.Coding, "coding", "--git"), (Category.Review, "review", "--reviews"),
            (Category.Meeting, "meeting", "--calendar"), (Category.OneOnOne, "one-on-one", "--calendar"),
        })
        {
            if (ledger.IsMissing(category))
            {
                yield return $"{name} hours are null: the {option} input holds nothing for anyone in the period (no data is not zero)";
            }
            else if (!ledger.IsGiven(category))
            {
                yield return $"{name} hours are null: no {option} input was given (or the workspace holds none)";
            }
        }
    }

    private static ExplainSessionRow Row(ExplainedSession s) => new(
        Seconds(s.FirstCommit), Seconds(s.LastCommit), Rounding.Hours(s.Hours), s.Commits.Count,
        [.. s.Commits.Select(c => c.Repository).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        [.. s.Commits.Select(c => new ExplainCommitRow(Seconds(c.Time), c.Repository))]);

    private static ExplainReviewRow Row(ExplainedReview r) => new(
        r.Repository, r.PullRequest, Seconds(r.Submitted), r.Submitted.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.Counted, r.Reason, r.Author, Rounding.Hours(r.ReportWaitHours));

    private static ExplainRow Row(ExplainedOccurrence o) => new(
        Iso(o.Start), Iso(o.End), (o.End - o.Start).TotalMinutes, KindName(o.Kind), o.Counted, o.Reason, o.Calendar, o.With, o.Location, o.ManagerInForce);

    private static string Seconds(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string KindName(OccurrenceKind kind) => kind switch
    {
        OccurrenceKind.Meeting => "meeting",
        OccurrenceKind.OneOnOne => "one-on-one",
        OccurrenceKind.AllDay => "all-day",
        OccurrenceKind.Cancelled => "cancelled",
        OccurrenceKind.Declined => "declined",
        OccurrenceKind.Transparent => "transparent",
        _ => "solo",
    };
}
