namespace ManagerFocus.Diagnostics;

/// <summary>
/// Collects warnings and notices from every importer and step; thread-safe (docs/definitions.md, "Warnings and notices").
/// A warning is something the user gave that could not be used; a notice is expected and informative (bots skipped,
/// authors matched by name) and never fails --strict. Warnings are kept one by one up to a cap per source, and also
/// grouped per (file, reason) with a count and their first locations, without a cap on the counts.
/// </summary>
public sealed class WarningLog(int keepPerSource = 200)
{
    /// <summary>Locations kept per group of repeated warnings.</summary>
    public const int LocationsPerGroup = 5;

    private const int GroupsPerKept = 5;

    private readonly Lock _gate = new();
    private readonly List<Warning> _kept = [];
    private readonly Dictionary<string, int> _countBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string File, string Reason), int> _groupIndex = [];
    private readonly List<Group> _groups = [];
    private readonly Dictionary<string, int> _groupsBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string File, string Reason), int> _noticeIndex = [];
    private readonly List<Group> _notices = [];

    /// <summary>Warnings, each repeated one counted; notices are not counted.</summary>
    public int Count { get; private set; }

    /// <summary>Warnings one by one, in the order met, up to the cap per source.</summary>
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

    /// <summary>Warnings grouped per source, file and reason, in the order each group was first met.</summary>
    public IReadOnlyList<Warning> Grouped
    {
        get
        {
            lock (_gate)
            {
                return [.. _groups.Select(g => g.ToWarning())];
            }
        }
    }

    /// <summary>Notices, grouped like warnings, in the order met.</summary>
    public IReadOnlyList<Warning> Notices
    {
        get
        {
            lock (_gate)
            {
                return [.. _notices.Select(n => n.ToWarning())];
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

    /// <summary>A warning: something the user gave could not be used. Counts for --strict.</summary>
    public void Add(string source, string location, string message)
    {
        // One funnel for every importer: no warning can carry a terminal escape or an unbounded echo.
        var warning = new Warning(source, SafeText.Clean(location, SafeText.MaxMessage), SafeText.Clean(message, SafeText.MaxMessage));
        lock (_gate)
        {
            Count++;
            var seen = _countBySource.GetValueOrDefault(source) + 1;
            _countBySource[source] = seen;
            if (seen <= keepPerSource)
            {
                _kept.Add(warning);
            }

            AddToGroup(warning);
        }
    }

    /// <summary>
    /// A notice: expected and informative; shown, but never a failure under --strict. Notices of one reason are one
    /// entry across files (bots skipped in each of 1,000 exports is one notice counted 1,000 times).
    /// </summary>
    public void Notice(string source, string location, string message)
    {
        var notice = new Warning(source, SafeText.Clean(location, SafeText.MaxMessage), SafeText.Clean(message, SafeText.MaxMessage));
        lock (_gate)
        {
            var key = (source, string.Empty, ReasonOf(notice.Message));
            if (_noticeIndex.TryGetValue(key, out var index))
            {
                _notices[index].Add(notice.Location);
            }
            else if (_notices.Count < keepPerSource)
            {
                _noticeIndex.Add(key, _notices.Count);
                var group = new Group(notice, acrossFiles: true);
                group.Add(notice.Location);
                _notices.Add(group);
            }
        }
    }

    private void AddToGroup(Warning warning)
    {
        var key = (warning.Source, FileOf(warning.Location), ReasonOf(warning.Message));
        if (_groupIndex.TryGetValue(key, out var index))
        {
            _groups[index].Add(warning.Location);
            return;
        }

        // Distinct files and reasons are capped (5 times the single warnings); their counts still go to the total.
        var groups = _groupsBySource.GetValueOrDefault(warning.Source) + 1;
        if (groups > GroupsPerKept * (long)keepPerSource)
        {
            return;
        }

        _groupsBySource[warning.Source] = groups;
        _groupIndex.Add(key, _groups.Count);
        var group = new Group(warning);
        group.Add(warning.Location);
        _groups.Add(group);
    }

    /// <summary>The file of a location: without a trailing ":line" or "#object".</summary>
    public static string FileOf(string location)
    {
        var end = location.Length;
        while (end > 0 && char.IsAsciiDigit(location[end - 1]))
        {
            end--;
        }

        return end < location.Length && end > 1 && location[end - 1] is ':' or '#' ? location[..(end - 1)] : location;
    }

    /// <summary>What a message says without its particulars: numbers and quoted values stand for any.</summary>
    internal static string ReasonOf(string message)
    {
        var reason = new System.Text.StringBuilder(message.Length);
        var quoted = false;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c == '\'' && (quoted || i == 0 || !char.IsLetterOrDigit(message[i - 1])))
            {
                // An opening quote follows no letter (so "people's" is no quote); the next quote closes it.
                quoted = !quoted;
                reason.Append(c);
            }
            else if (quoted)
            {
                continue;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (i == 0 || !char.IsAsciiDigit(message[i - 1]))
                {
                    reason.Append('#');
                }
            }
            else
            {
                reason.Append(c);
            }
        }

        return reason.ToString();
    }

    private sealed class Group(Warning first, bool acrossFiles = false)
    {
        private readonly List<string> _locations = [];
        private int _count;

        public void Add(string location)
        {
            _count++;
            if (_locations.Count < LocationsPerGroup && !_locations.Contains(location, StringComparer.Ordinal))
            {
                _locations.Add(location);
            }
        }

        public Warning ToWarning() => _count == 1
            ? first with { Locations = [first.Location] }
            : first with { Location = acrossFiles ? FolderOf(first.Location) : FileOf(first.Location), Count = _count, Locations = [.. _locations] };

        private static string FolderOf(string location) =>
            Path.GetDirectoryName(FileOf(location)) is { Length: > 0 } folder ? folder : FileOf(location);
    }
}
