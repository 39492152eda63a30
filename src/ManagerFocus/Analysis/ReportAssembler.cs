using ManagerFocus.Diagnostics;
using ManagerFocus.Evidence;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Policy;
using ManagerFocus.Reporting;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Applies policy and recommendations to the figures and assembles the one report model.</summary>
internal sealed class ReportAssembler(
    PipelineState state, Period period, bool codingGiven, IReadOnlySet<int>? subtree = null, ComparedFigures? compared = null)
{
    private readonly PolicySettings _policy = state.Request.Policy;

    public Report Assemble(IReadOnlyList<ManagerFigures> figures, EvidenceFigures? evidence)
    {
        var request = state.Request;
        var pseudonyms = request.Pseudonymize ? Pseudonymizer.FromEnvironment() : null;
        var evaluator = new PolicyEvaluator(_policy);
        var recommender = new Recommender(_policy);
        var managers = figures
            .Select(f => pseudonyms is null ? f : pseudonyms.Apply(f))
            .Select(f =>
            {
                var violations = evaluator.Evaluate(f);
                var advice = recommender.Recommend(f, violations);
                return ManagerReportBuilder.Build(
                    f,
                    violations.Select(v => new ViolationReport(v.Rule, v.Severity, v.Message)).ToList(),
                    advice.Select(a => new RecommendationReport(a.Kind, a.Priority, a.Message)).ToList(),
                    compared is null ? null : ManagerReportBuilder.Change(f, compared.ByManager.GetValueOrDefault(f.Manager.Index)));
            })
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var noGrouping = codingGiven ? null : "coding activity (--git) was not given, so teams cannot be grouped by their manager's coding share";
        return new Report
        {
            Period = new ReportPeriod(period.From, period.To),
            ComparedTo = compared is null ? null : new ReportPeriod(compared.Period.From, compared.Period.To),
            Managers = managers,
            Summary = Summary(managers, pseudonyms),
            Evidence = EvidenceReportBuilder.Build(evidence, noGrouping),
            Warnings = pseudonyms is null ? state.Warnings.Grouped : Withheld(state.Warnings),
            WarningCount = state.Warnings.Count,
            Notices = pseudonyms is null ? state.Warnings.Notices : WithheldNotices(state.Warnings),
            Inputs = new ReportInputs
            {
                People = string.Join(", ", request.AllPeoplePaths),
                Git = request.GitPaths,
                Repositories = state.Repositories,
                Calendar = request.CalendarPaths,
                Reviews = request.ReviewPaths,
                Survey = request.SurveyPath,
                Exits = request.ExitsPath,
                Policy = request.PolicyPath,
                Workspace = request.Workspace,
                Demo = request.Demo,
                Pseudonymized = request.Pseudonymize,
                Under = request.Under is { } under && pseudonyms is not null ? $"p-{pseudonyms.Token(under)}" : request.Under,
            },
            Policy = PolicyReport.Of(_policy),
        };
    }

    private OrganizationSummary Summary(IReadOnlyList<ManagerReport> managers, Pseudonymizer? pseudonyms)
    {
        var lastDay = period.To.AddDays(-1);
        var org = state.Organization;
        var people = subtree is null ? org.People : org.People.Where(p => subtree.Contains(p.Index)).ToList();

        // Track and level as the snapshot in force on the last day gives them.
        var inForce = org.SnapshotOn(lastDay);
        var employed = people.Where(p => org.IsEmployedOn(p.Index, lastDay)).Select(p => inForce.RowOf(p.Index)!).ToList();
        var tracks = Count(employed.Select(p => p.DeclaredTrack is { } t ? Names.Of(t) : "undeclared"));
        var observed = managers.Where(m => m.ObservedRole is not null && m.DirectReports > 0).ToList();
        return new OrganizationSummary
        {
            People = people.Count,
            Managers = managers.Count,
            ManagersByRole = Count(managers.Select(m => m.ObservedRole is { } role ? Names.Of(role) : "unknown")),
            ManagersBySpanTier = Count(managers.Select(m => Names.Of(m.SpanTier))),
            CodingManagersBySpanTier = Count(managers.Where(m => m.ObservedRole == ObservedRole.CodingManager).Select(m => Names.Of(m.SpanTier))),
            ManagersBreakingErrorRules = managers.Count(m => m.Violations.Any(v => v.Severity == Severity.Error)),
            PeopleByDeclaredTrack = tracks,
            PeopleByLevel = Count(employed.Select(p => p.Level ?? "unknown")),
            SeparateTracks = tracks.ContainsKey("ic") && tracks.ContainsKey("management"),
            HybridShareOfManagers = codingGiven && observed.Count > 0
                ? Rounding.Share(observed.Count(m => m.ObservedRole is ObservedRole.Hybrid or ObservedRole.CodingManager) / (double)observed.Count)
                : null,
            Unattributed = Unattributed(org, pseudonyms),
            UnattributedCommits = state.CommitAttribution,
            UnattributedReviews = state.ReviewAttribution,
            ManagersWithoutCalendar = state.ManagersWithoutCalendar is not { } without ? null
                : [.. without.Where(id => subtree is null || org.Find(id) is { } p && subtree.Contains(p.Index))
                    .Select(id => pseudonyms is null ? id : pseudonyms.Id(id))],
        };
    }

    /// <summary>Identities sharing an email as one, each with the person it most likely is (docs/definitions.md, "Inputs").</summary>
    private List<UnattributedIdentity> Unattributed(Organization org, Pseudonymizer? pseudonyms)
    {
        var grouped = UnattributedGroups.Group(state.Unattributed);
        if (pseudonyms is not null)
        {
            // A suggestion would name a person, and spellings an identity: only the tokens stay.
            return [.. grouped
                .Select(u => new UnattributedIdentity(u.Source, $"identity {pseudonyms.Token(u.Identity)}", u.Count)
                {
                    Spellings = [.. u.Spellings.Select(s => $"identity {pseudonyms.Token(s)}")],
                })
                .OrderByDescending(u => u.Count).ThenBy(u => u.Identity, StringComparer.Ordinal)];
        }

        var suggester = grouped.Count > 0 ? new IdentitySuggester(org.People) : null;
        return [.. grouped
            .Select(u => u with { Suggestion = u.Spellings.Select(suggester!.Suggest).FirstOrDefault(s => s is not null) })
            .OrderByDescending(u => u.Count).ThenBy(u => u.Identity, StringComparer.Ordinal)];
    }

    private static List<Warning> Withheld(WarningLog warnings) =>
        warnings.CountsBySource
            .Select(pair => new Warning(pair.Key, "-", $"{pair.Value} warning(s); details withheld under --pseudonymize"))
            .ToList();

    private static List<Warning> WithheldNotices(WarningLog warnings) =>
        warnings.Notices.GroupBy(n => n.Source, StringComparer.Ordinal)
            .Select(g => new Warning(g.Key, "-", $"{g.Count()} notice(s); details withheld under --pseudonymize"))
            .ToList();

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
