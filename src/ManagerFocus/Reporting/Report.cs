using System.Text.Json.Serialization;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Reporting;

/// <summary>The one report every renderer reads; its shape is the JSON contract (README.md, "JSON contract"; docs/definitions.md, "Results").</summary>
public sealed record Report
{
    public required ReportPeriod Period { get; init; }

    /// <summary>The period each manager's <see cref="ManagerReport.Change"/> is against; null without a comparison.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportPeriod? ComparedTo { get; init; }
    public required IReadOnlyList<ManagerReport> Managers { get; init; }
    public required OrganizationSummary Summary { get; init; }

    /// <summary>Null when neither --survey nor --exits was given.</summary>
    public EvidenceReport? Evidence { get; init; }
    /// <summary>Warnings grouped per file and reason (docs/definitions.md, "Warnings and notices").</summary>
    public required IReadOnlyList<Warning> Warnings { get; init; }

    /// <summary>All warnings, each repeated one counted, including those past the stored cap.</summary>
    public int WarningCount { get; init; }

    /// <summary>Expected and informative notes (bots skipped, authors matched by name); they never fail --strict.</summary>
    public IReadOnlyList<Warning> Notices { get; init; } = [];

    public required ReportInputs Inputs { get; init; }

    /// <summary>The thresholds and severities this report was computed with; renderers draw their lines from it.</summary>
    public required PolicyReport Policy { get; init; }
}
