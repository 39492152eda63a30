using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Storage;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Web.Data;

/// <summary>
/// Asks the engine for a period's analysis once and keeps the latest few, so pages answer from memory; the web never
/// computes a figure itself. Requests for a period being analysed wait for that one analysis.
/// </summary>
public sealed class AnalysisCache(DashboardOptions options, ILogger<AnalysisCache> logger)
{
    /// <summary>Periods kept; each holds a whole organization's analysis.</summary>
    public const int Capacity = 4;

    // One analysis at a time: each loads a whole period, so several at once would multiply the memory it needs.
    private readonly SemaphoreSlim _analysing = new(1, 1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(DateOnly?, DateOnly?), Entry> _entries = [];
    private long _tick;

    public Task<AnalyzedPeriod> GetAsync(DateOnly? from, DateOnly? to)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((from, to), out var entry))
            {
                entry.Used = ++_tick;
                return entry.Task;
            }

            var started = Task.Run(() => Analyze(from, to, null).Period);
            _entries[(from, to)] = new Entry(started) { Used = ++_tick };
            // Failed analyses (a user error) are not kept, so a fixed workspace is read again.
            _ = started.ContinueWith(_ => Forget(from, to), TaskContinuationOptions.NotOnRanToCompletion);
            // The default period is also kept under its dates, which every link on its pages names.
            _ = started.ContinueWith(t => Alias(t), TaskContinuationOptions.OnlyOnRanToCompletion);
            Trim();
            return started;
        }
    }

    /// <summary>Runs the same analysis with the engine collecting one person's evidence (explain).</summary>
    public (AnalyzedPeriod Period, AnalysisResult Result, ExplainedEvidence Explained, WarningLog Warnings) Explain(AnalyzedPeriod period, string personId)
    {
        var evidence = new ExplainedEvidence();
        var (analyzed, result, warnings) = Analyze(period.From, period.To, request => evidence.Collect(request, personId));
        return (analyzed, result, evidence, warnings);
    }

    private (AnalyzedPeriod Period, AnalysisResult Result, WarningLog Warnings) Analyze(DateOnly? from, DateOnly? to, Func<AnalysisRequest, AnalysisRequest>? explain)
    {
        var warnings = new WarningLog();
        var request = new AnalysisRequest
        {
            PeoplePath = "",
            PolicyPath = options.PolicyPath,
            From = from,
            To = to,
        };
        request = explain is null ? request : explain(request);
        _analysing.Wait();
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = new WorkspaceAnalysis(options.Clock, new StageTimings()).Run(options.Workspace, request, warnings);
            logger.LogInformation("Analysed {From}..{To} ({Managers} managers) in {Elapsed}",
                $"{result.Period.From:yyyy-MM-dd}", $"{result.Period.To:yyyy-MM-dd}", result.Report.Managers.Count, watch.Elapsed);
            return (new AnalyzedPeriod(result), result, warnings);
        }
        finally
        {
            _analysing.Release();
        }
    }

    private void Forget(DateOnly? from, DateOnly? to)
    {
        lock (_gate)
        {
            _entries.Remove((from, to));
        }
    }

    private void Alias(Task<AnalyzedPeriod> analysed)
    {
        lock (_gate)
        {
            var key = ((DateOnly?)analysed.Result.From, (DateOnly?)analysed.Result.To);
            if (!_entries.ContainsKey(key))
            {
                _entries[key] = new Entry(analysed) { Used = ++_tick };
                Trim();
            }
        }
    }

    private void Trim()
    {
        while (_entries.Count > Capacity)
        {
            _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
        }
    }

    private sealed class Entry(Task<AnalyzedPeriod> task)
    {
        public Task<AnalyzedPeriod> Task => task;

        public long Used { get; set; }
    }
}
