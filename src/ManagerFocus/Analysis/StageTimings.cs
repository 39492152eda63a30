using System.Diagnostics;

namespace ManagerFocus.Analysis;

/// <summary>Wall time of each pipeline stage, for --timings.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _stages.Add((stage, watch.Elapsed));
        }
    }
}
