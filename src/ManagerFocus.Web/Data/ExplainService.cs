using ManagerFocus.Rendering;

namespace ManagerFocus.Web.Data;

/// <summary>
/// A person's explain rows (docs/definitions.md, "Explain"): the engine re-runs the period's analysis collecting that
/// person's coding sessions, reviews and calendar occurrences. One such run at a time, and the latest results kept.
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
        var (_, result, evidence, warnings) = analyses.Explain(period, personId);
        // Input warnings name files of people outside any one viewer's scope: the data health page shows them to administrators.
        return ExplainReportBuilder.Build(result, evidence, warnings) with { Warnings = [] };
    }

    /// <summary>
    /// The report as one viewer may see it: a pull request's author outside the viewer's scope is left out, as the
    /// dashboard never names a person outside it.
    /// </summary>
    public static ExplainReport ForViewer(ExplainReport report, Access.Scope scope) => report with
    {
        Reviews = report.Reviews?.Select(r => r.Author is { } author && !scope.Contains(author) ? r with { Author = null } : r).ToList(),
    };
}
