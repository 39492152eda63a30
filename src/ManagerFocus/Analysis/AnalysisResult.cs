using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Reporting;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The stages' outputs of one run, kept for commands that need more than the report.</summary>
public sealed record AnalysisResult(
    AnalysisRequest Request,
    Organization Organization,
    Period Period,
    TimeLedger Ledger,
    IReadOnlyList<ManagerFigures> Figures,
    Report Report);
