using System.Globalization;
using ManagerFocus.Policy;
using ManagerFocus.Web.Data;

namespace ManagerFocus.Web.Tables;

/// <summary>
/// How many of the viewer's managers each rule flags under the policy in force and under a draft: the engine's
/// policy evaluator run over the period's figures (as `check --preview` does), counted per rule.
/// </summary>
public static class PolicyPreviewTable
{
    public static DataTable Compare(DashboardView view, PolicySettings draft)
    {
        var inScope = view.Scope.Managers.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var figures = view.Period.Result.Figures.Where(f => inScope.Contains(f.Manager.Id)).ToList();
        var now = Flags(figures, view.Period.Result.Request.Policy);
        var then = Flags(figures, draft);
        return new DataTable("policy-preview", "Managers flagged per rule: in force against the draft",
            ["rule", "errors in force", "warnings in force", "errors under the draft", "warnings under the draft"],
            Rule.All.Select(rule => new DataRow([
                rule, Count(now, rule, Severity.Error), Count(now, rule, Severity.Warning), Count(then, rule, Severity.Error), Count(then, rule, Severity.Warning),
            ])).ToList());
    }

    private static List<Violation> Flags(IEnumerable<Metrics.ManagerFigures> figures, PolicySettings policy)
    {
        var evaluator = new PolicyEvaluator(policy);
        return figures.SelectMany(evaluator.Evaluate).ToList();
    }

    private static string Count(List<Violation> violations, string rule, Severity severity) =>
        violations.Count(v => v.Rule == rule && v.Severity == severity).ToString(CultureInfo.InvariantCulture);
}
