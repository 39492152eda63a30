namespace ManagerFocus.Diagnostics;

/// <summary>Collects warnings from every importer; thread-safe, keeps every count but caps the stored list.</summary>
public sealed class WarningLog(int keepPerSource = 200)
{
    private readonly Lock _gate = new();
    private readonly List<Warning> _kept = [];
    private readonly Dictionary<string, int> _countBySource = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public IReadOnlyList<Warning> Kept
    {
        get
        {
            lock (_gate)
            {
                return [.. _kept];
            }
        }
    }

    /// <summary>How many warnings each source gave.</summary>
    public IReadOnlyDictionary<string, int> CountsBySource
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_countBySource, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Warnings counted but not kept, by source, once a source passed the cap.</summary>
    public IReadOnlyDictionary<string, int> Omitted
    {
        get
        {
            lock (_gate)
            {
                return _countBySource
                    .Where(pair => pair.Value > keepPerSource)
                    .ToDictionary(pair => pair.Key, pair => pair.Value - keepPerSource, StringComparer.Ordinal);
            }
        }
    }

    public void Add(string source, string location, string message)
    {
        lock (_gate)
        {
            Count++;
            var seen = _countBySource.GetValueOrDefault(source) + 1;
            _countBySource[source] = seen;
            if (seen <= keepPerSource)
            {
                // One funnel for every importer: no warning can carry a terminal escape or an unbounded echo.
                _kept.Add(new Warning(source, SafeText.Clean(location, SafeText.MaxMessage), SafeText.Clean(message, SafeText.MaxMessage)));
            }
        }
    }
}
