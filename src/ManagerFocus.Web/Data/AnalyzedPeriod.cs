using System.Collections.Concurrent;
using System.Globalization;
using ManagerFocus.Analysis;
using ManagerFocus.Org;
using ManagerFocus.Reporting;
using ManagerFocus.Web.Access;

namespace ManagerFocus.Web.Data;

/// <summary>One period's analysis as the engine produced it, with each viewer's scope and charts kept beside it.</summary>
public sealed class AnalyzedPeriod(AnalysisResult result)
{
    private readonly ConcurrentDictionary<string, Scope> _scopes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _charts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManagerReport> _managers = result.Report.Managers.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public AnalysisResult Result => result;

    public Report Report => result.Report;

    public Organization Organization => result.Organization;

    public DateOnly From => Report.Period.From;

    public DateOnly To => Report.Period.To;

    /// <summary>"2026-08-03..2026-11-02" (the end exclusive), as the audit log names a period.</summary>
    public string Name => $"{Day(From)}..{Day(To)}";

    /// <summary>The query string that asks for this period again.</summary>
    public string Query => $"from={Day(From)}&to={Day(To)}";

    public ManagerReport? Manager(string id) => _managers.GetValueOrDefault(id);

    public Scope ScopeOf(Viewer viewer) => _scopes.GetOrAdd(viewer.Key, _ => Scope.For(viewer, Organization, Report));

    /// <summary>A chart or table drawn once per viewer scope and key (the period's figures never change).</summary>
    public string? Drawn(Viewer viewer, string key, Func<string?> draw)
    {
        // Bounded: a period keeps at most this many drawings, then draws without keeping.
        if (_charts.TryGetValue($"{viewer.Key}|{key}", out var kept))
        {
            return kept;
        }

        var drawn = draw();
        if (_charts.Count < 20_000)
        {
            _charts.TryAdd($"{viewer.Key}|{key}", drawn);
        }

        return drawn;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
