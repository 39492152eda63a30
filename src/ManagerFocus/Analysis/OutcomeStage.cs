using ManagerFocus.Evidence;
using ManagerFocus.Metrics;
using ManagerFocus.Sources.Outcomes;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Reads survey and exit files and compares coding-manager teams with the rest.</summary>
internal static class OutcomeStage
{
    public static EvidenceFigures? Evaluate(PipelineState state, Period period, IReadOnlyList<ManagerFigures> figures)
    {
        var request = state.Request;
        if (request.SurveyPath is null && request.ExitsPath is null)
        {
            return null;
        }

        var org = state.Organization;
        var policy = request.Policy;
        var survey = request.SurveyPath is { } s ? OutcomeCsv.ReadSurvey(s, org, state.Warnings) : null;
        var exits = request.ExitsPath is { } e ? OutcomeCsv.ReadExits(e, org, state.Warnings) : null;
        var calculator = new EvidenceCalculator(org, period, policy.MinimumGroupSize, policy.BootstrapResamples, policy.BootstrapSeed);
        var teams = calculator.Teams(figures, policy.Definitions.CodingManagerShare);
        return new EvidenceFigures(
            survey is null ? null : calculator.Satisfaction(teams, survey),
            exits is null ? null : calculator.Turnover(teams, exits));
    }
}
