using ManagerFocus.Activity;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Policy;
using ManagerFocus.Time;

namespace ManagerFocus.Storage;

/// <summary>
/// Analyses a workspace: chooses the period from what it holds, loads only what can touch that period, and runs
/// the same analysis as the one-shot run over files. The CLI's analyze and explain and the web dashboard share it.
/// </summary>
public sealed class WorkspaceAnalysis(TimeProvider clock, StageTimings timings)
{
    public AnalysisResult Run(string location, AnalysisRequest request, WarningLog warnings)
    {
        using var store = timings.Measure("open", () => Workspace.Open(location));
        if (store.IsEmpty)
        {
            throw new UserError($"{store.Description} holds nothing yet; run `managerfocus import --workspace ... --people people.csv ...` first.");
        }

        var settings = request.PolicyPath is { } policy ? PolicyFile.Load(policy).Definitions : request.Settings;
        var span = timings.Measure("span", store.Span);
        var latest = PeriodChooser.LatestActivity(span.LatestCommitByAuthor, span.LatestPullRequestUnix, span.LatestReviewUnix, settings);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Activity dated after today is warned about here, where the workspace's latest activity is known.
        var period = PeriodChooser.Choose(request.From, request.To, latest is { } unix ? Period.DayOf(unix) : null, today, warnings);
        // A comparison measures another period from the same workspace, so its activity is loaded too.
        var other = Analyzer.ComparedPeriod(request, period) ?? period;
        var loaded = timings.Measure("load", () => store.Load(Math.Min(period.StartUnix, other.StartUnix), Math.Max(period.EndUnix, other.EndUnix)));
        if (loaded.People.Count == 0)
        {
            throw new UserError($"{store.Description} holds no people file; run `managerfocus import --workspace ... --people people.csv` first.");
        }

        var activity = new ActivitySet
        {
            People = loaded.People,
            Repositories = loaded.Repositories.Count > 0 ? loaded.Repositories : null,
            ReviewExports = loaded.ReviewExports.Count > 0 ? loaded.ReviewExports : null,
            Calendars = loaded.Calendars.Count > 0 ? loaded.Calendars : null,
            Survey = loaded.Survey,
            Exits = loaded.Exits,
            ImportWarnings = loaded.ImportWarnings,
        };
        var inWorkspace = request with
        {
            From = period.From,
            To = period.To,
            PeoplePath = loaded.People[^1].Path,
            PeoplePaths = [.. loaded.People.Select(p => p.Path)],
            GitPaths = [.. loaded.Repositories.Select(r => r.Repository)],
            ReviewPaths = [.. loaded.ReviewExports.Select(r => r.Path)],
            CalendarPaths = [.. loaded.Calendars.Select(c => c.Path)],
            SurveyPath = loaded.Survey?.Path,
            ExitsPath = loaded.Exits?.Path,
            Workspace = store.Description,
        };
        return new Analyzer(clock, timings).Analyze(inWorkspace, activity, warnings);
    }
}
