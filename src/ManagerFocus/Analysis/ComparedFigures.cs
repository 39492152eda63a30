using ManagerFocus.Metrics;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>The other period of a comparison and each manager's figures over it, by person index.</summary>
internal sealed record ComparedFigures(Period Period, IReadOnlyDictionary<int, ManagerFigures> ByManager);
