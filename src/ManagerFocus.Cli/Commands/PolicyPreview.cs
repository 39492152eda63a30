using System.Text.Json;
using ManagerFocus.Rendering;
using ManagerFocus.Metrics;
using ManagerFocus.Policy;

namespace ManagerFocus.Cli.Commands;

/// <summary>How many managers each rule flags under a draft policy, beside the policy in force.</summary>
internal static class PolicyPreview
{
    public static IReadOnlyList<PreviewRow> Compare(IReadOnlyList<ManagerFigures> figures, PolicySettings current, PolicySettings draft)
    {
        var now = Flags(figures, current);
        var then = Flags(figures, draft);
        return Rule.All.Select(rule => new PreviewRow(
            rule,
            now.GetValueOrDefault(rule).Errors, now.GetValueOrDefault(rule).Warnings,
            then.GetValueOrDefault(rule).Errors, then.GetValueOrDefault(rule).Warnings)).ToList();
    }

    public static void Write(IReadOnlyList<PreviewRow> rows, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { rules = rows }, JsonReportRenderer.Options));
            return;
        }

        output.WriteLine("Managers flagged per rule (errors/warnings), figures computed with the draft's definitions:");
        output.WriteLine($"{"rule",-18} {"baseline",10} {"draft",10}");
        foreach (var r in rows)
        {
            output.WriteLine($"{r.Rule,-18} {$"{r.BaselineErrors}/{r.BaselineWarnings}",10} {$"{r.DraftErrors}/{r.DraftWarnings}",10}");
        }
    }

    private static Dictionary<string, (int Errors, int Warnings)> Flags(IReadOnlyList<ManagerFigures> figures, PolicySettings policy)
    {
        var evaluator = new PolicyEvaluator(policy);
        return figures
            .SelectMany(evaluator.Evaluate)
            .GroupBy(v => v.Rule, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (g.Count(v => v.Severity == Severity.Error), g.Count(v => v.Severity == Severity.Warning)),
                StringComparer.Ordinal);
    }

    internal sealed record PreviewRow(string Rule, int BaselineErrors, int BaselineWarnings, int DraftErrors, int DraftWarnings);
}
