using System.Diagnostics;

namespace ManagerFocus.Analysis;

/// <summary>Wall time of each pipeline stage, for --timings; stages may run in parallel.</summary>
public sealed class StageTimings
{
    private readonly Lock _gate = new();
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages
    {
        get
        {
            lock (_gate)
            {
                return [.. _stages];
            }
        }
    }

    /// <summary>Raised as each stage starts, for progress displays.</summary>
    public event Action<string>? Started;

    public T Measure<T>(string stage, Func<T> work)
    {
        Started?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            lock (_gate)
            {
                _stages.Add((stage, watch.Elapsed));
            }
        }
    }
}
