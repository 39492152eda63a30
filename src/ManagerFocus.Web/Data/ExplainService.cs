using System.Globalization;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;
using ManagerFocus.Time;
using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Web.Data;

/// <summary>
/// A person's explain rows (docs/definitions.md, "Meeting hours"): the engine re-runs the period's analysis collecting that
/// person's calendar occurrences. One such run at a time, and the latest results kept.
/// </summary>
public sealed class ExplainService(AnalysisCache analyses)
{
    private const int Capacity = 64;
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), ExplainReport> _kept = [];
    private readonly Queue<(string, string)> _order = new();

    public async Task<ExplainReport> GetAsync(AnalyzedPeriod period, string personId, CancellationToken cancel)
    {
        var key = (period.Name, personId);
        lock (_gate)
        {
            if (_kept.TryGetValue(key, out var kept))
            {
                return kept;
            }
        }

        await _one.WaitAsync(cancel);
        try
        {
            lock (_gate)
            {
                if (_kept.TryGetValue(key, out var kept))
                {
                    return kept;
                }
            }

            var report = await Task.Run(() => Build(period, personId), cancel);
            lock (_gate)
            {
                _kept[key] = report;
                _order.Enqueue(key);
                while (_order.Count > Capacity)
                {
                    _kept.Remove(_order.Dequeue());
                }
            }

            return report;
        }
        finally
        {
            _one.Release();
        }
    }

    private ExplainReport Build(AnalyzedPeriod period, string personId)
    {
        var (analysed, explained, warnings) = analyses.Explain(period, personId);
        var result = analysed.Result;
        var who = result.Organization.Find(personId)!;
        double? Hours(Category c) => result.Ledger.IsGiven(c) ? Rounding.Hours(result.Ledger.Total(who.Index, c)) : null;
        return new ExplainReport
        {
            Person = who.Id,
            Name = who.Name,
            Period = new ReportPeriod(result.Period.From, result.Period.To),
            MeetingHours = Hours(Category.Meeting),
            OneOnOneHours = Hours(Category.OneOnOne),
            Occurrences = explained.Select(Row).ToList(),
            WarningCount = warnings.Count,
            // Input warnings name files of people outside any one viewer's scope: the data health page shows them to administrators.
            Warnings = [],
        };
    }

    private static ExplainRow Row(ExplainedOccurrence o) => new(
        Iso(o.Start), Iso(o.End), (o.End - o.Start).TotalMinutes, KindName(o.Kind), o.Counted, o.Reason, o.Calendar, o.With, o.Location);

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
