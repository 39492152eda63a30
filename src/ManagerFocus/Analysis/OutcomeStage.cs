using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Evidence;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Resolves survey and exit rows to people and compares coding-manager teams with the rest.</summary>
internal static class OutcomeStage
{
    public static EvidenceFigures? Evaluate(PipelineState state, ActivitySet activity, Period period, IReadOnlyList<ManagerFigures> figures)
    {
        if (activity.Survey is null && activity.Exits is null)
        {
            return null;
        }

        var org = state.Organization;
        var policy = state.Request.Policy;
        var survey = activity.Survey is { } s
            ? Resolve(s, "survey", org, state.Warnings, (r, person) => new SurveyAnswer(person, r.Date, r.Score), r => (r.Line, r.PersonId))
            : null;
        var exits = activity.Exits is { } e
            ? Resolve(e, "exits", org, state.Warnings, (r, person) => new Exit(person, r.Date, r.Voluntary), r => (r.Line, r.PersonId))
            : null;
        var calculator = new EvidenceCalculator(org, period, policy.MinimumGroupSize, policy.BootstrapResamples, policy.BootstrapSeed);
        var teams = calculator.Teams(figures, policy.Definitions.CodingManagerShare);
        return new EvidenceFigures(
            survey is null ? null : calculator.Satisfaction(teams, survey),
            exits is null ? null : calculator.Turnover(teams, exits));
    }

    /// <summary>Rows whose person_id names nobody in the organization are warned about and skipped.</summary>
    private static List<TOut> Resolve<TIn, TOut>(
        OutcomeFile<TIn> file, string source, Organization org, WarningLog warnings, Func<TIn, int, TOut> make, Func<TIn, (int Line, string PersonId)> key)
    {
        var resolved = new List<TOut>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var (line, id) = key(row);
            if (org.Find(id) is { } person)
            {
                resolved.Add(make(row, person.Index));
            }
            else
            {
                warnings.Add(source, $"{file.Path}:{line}", $"person_id '{id}' is not in the people file; row skipped");
            }
        }

        return resolved;
    }
}
