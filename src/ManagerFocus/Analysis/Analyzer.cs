using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Policy;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>
/// Runs the pipeline once (docs/definitions.md, "How a report is made"): activity records, then attribution and
/// time for a period chosen once, metrics, policy and the report. Files and a workspace reach it the same way, as
/// an <see cref="ActivitySet"/>.
/// </summary>
public sealed class Analyzer(TimeProvider clock, StageTimings? timings = null)
{
    /// <summary>The one-shot run: reads the request's files into memory, then analyses them.</summary>
    public AnalysisResult Run(AnalysisRequest request, WarningLog warnings)
    {
        request = WithPolicy(request);
        var activity = new FileImport(request, warnings, timings).Read();
        return AnalyzeUnderPolicy(request, activity, warnings);
    }

    /// <summary>Analyses activity already imported (in memory or loaded from a workspace).</summary>
    public AnalysisResult Analyze(AnalysisRequest request, ActivitySet activity, WarningLog warnings) =>
        AnalyzeUnderPolicy(WithPolicy(request), activity, warnings);

    private AnalysisResult AnalyzeUnderPolicy(AnalysisRequest request, ActivitySet activity, WarningLog warnings)
    {
        foreach (var warning in activity.ImportWarnings)
        {
            warnings.Add(warning.Source, warning.Location, warning.Message);
        }

        var people = activity.People.Count > 0 ? activity.People
            : throw new UserError("no people file was imported; give --people people.csv.");
        var org = Stage("organization", () => OrganizationBuilder.Build(people, warnings));
        org.RequireReportingLine(people[^1].Path);
        if (request.ExplainPersonId is { } explain)
        {
            request = request with { ExplainPersonId = ExplainedPerson.Find(org, explain).Id };
        }

        if (request.Under is { } under && org.Find(under) is null)
        {
            throw UserError.InvalidOption("--under", under, "no person has this id in the people file");
        }

        var state = new PipelineState(request, org, warnings);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // A period given on the command line (or by a workspace) does not wait for the activity: the calendars can be
        // expanded for it from now on, beside the attribution of commits and reviews (they share nothing).
        var given = request.From is not null || request.To is not null
            ? PeriodChooser.Choose(request.From, request.To, null, today, new WarningLog())
            : (Period?)null;
        var calendars = given is { } early ? ExpandCalendars(state, activity, early) : null;
        // Commits are attributed beside the review links: the attribution warns about nothing, so the order of
        // warnings stays the same.
        var attributed = activity.Repositories is { } repositories
            ? Task.Run(() => Stage("attribution", () => CommitLog.Attribute(repositories, org.Identities, request.Settings)))
            : null;
        ReviewImportResult? reviews;
        try
        {
            reviews = activity.ReviewExports is { } exports
                ? Stage("review links", () => ReviewLinker.Link(exports, org, warnings))
                : null;
        }
        catch when (attributed is not null)
        {
            ((IAsyncResult)attributed).AsyncWaitHandle.WaitOne();
            throw;
        }

        var commits = attributed?.GetAwaiter().GetResult();
        var latestUnix = Latest(commits?.LatestAuthorUnix, reviews?.LatestActivityUnix);
        var latest = latestUnix is { } unix ? Period.DayOf(unix) : (DateOnly?)null;
        var period = PeriodChooser.Choose(request.From, request.To, latest, today, warnings);
        state.Repositories = activity.Repositories is { } read ? GitStage.Repositories(read, period) : null;

        var (ledger, all) = Measure(state, activity, commits, reviews, period, timed: true, period == given ? calendars : null);
        var subtree = request.Under is { } root ? Subtree.Of(org, org.Find(root)!, period.To.AddDays(-1)) : null;
        var figures = subtree is null ? all : all.Where(f => subtree.Contains(f.Manager.Index)).ToList();
        var outcomes = Stage("outcomes", () => OutcomeStage.Evaluate(state, activity, period, figures));
        var compared = ComparedPeriod(request, period) is { } other
            ? Stage("comparison", () => Compared(request, org, activity, commits, reviews, other))
            : null;
        var report = Stage("report", () => new ReportAssembler(state, period, ledger.IsGiven(Category.Coding), subtree, compared).Assemble(figures, outcomes));
        return new AnalysisResult(request, org, period, ledger, figures, report);
    }

    /// <summary>The ledger of a period from every input given, and every manager's figures over it.</summary>
    private (TimeLedger Ledger, IReadOnlyList<ManagerFigures> Figures) Measure(
        PipelineState state, ActivitySet activity, CommitLog? commits, ReviewImportResult? reviews, Period period, bool timed,
        Task<CalendarStage.Expansion>? expanding = null)
    {
        var ledger = new TimeLedger(state.Organization.People.Count, period);
        void Fill()
        {
            // Calendars are expanded beside the git and review steps (they share nothing until handed on), and handed on
            // after them, so warnings and figures come in the same order whatever the threads do.
            var calendars = expanding ?? ExpandCalendars(state, activity, period);
            try
            {
                if (commits is not null)
                {
                    GitStage.AddCoding(state, commits, ledger);
                }

                if (reviews is not null)
                {
                    ReviewStage.AddReviews(state, reviews, ledger);
                }
            }
            catch when (calendars is not null)
            {
                ((IAsyncResult)calendars).AsyncWaitHandle.WaitOne();
                throw;
            }

            if (calendars is not null)
            {
                CalendarStage.Apply(state, calendars.GetAwaiter().GetResult(), ledger);
            }

            NoDataIsNotZero(state, ledger);
        }

        if (timed)
        {
            Stage("ledger", Fill);
        }
        else
        {
            Fill();
        }

        var calculator = new ManagerMetricsCalculator(state.Organization, period, state.Request.Settings);
        var bottleneck = state.ReviewBottleneck;
        IReadOnlyList<ManagerFigures> Compute() => calculator.Compute(
            ledger, state.OneOnOnes, bottleneck is null ? null : manager => bottleneck(manager, period));
        return (ledger, timed ? Stage("metrics", Compute) : Compute());
    }

    /// <summary>
    /// An input that gave no hours to anyone in the period says nothing about it: its figures are null, not zero, with a
    /// warning (docs/definitions.md, "What null means").
    /// </summary>
    private static void NoDataIsNotZero(PipelineState state, TimeLedger ledger)
    {
        var request = state.Request;
        var period = $"{ledger.Period.From:yyyy-MM-dd} to {ledger.Period.To:yyyy-MM-dd}";
        void Missing(Category[] categories, string source, IEnumerable<string> paths, string what, string figures)
        {
            if (categories.Any(ledger.IsGiven) && !categories.Any(ledger.AnyHours))
            {
                foreach (var category in categories)
                {
                    ledger.MarkMissing(category);
                }

                state.Warnings.Add(source, request.Workspace ?? string.Join(", ", paths),
                    $"no {what} of anyone in the people file from {period}; {figures} are null (no data is not zero)");
            }
        }

        Missing([Category.Coding], CommitLog.Source, request.GitPaths, "commit", "coding figures");
        Missing([Category.Review], ReviewLinker.Source, request.ReviewPaths, "review", "review figures");
        Missing([Category.Meeting, Category.OneOnOne], CalendarRecords.Source, request.CalendarPaths, "calendar event", "meeting, one-on-one and coverage figures");
        if (ledger.IsMissing(Category.OneOnOne))
        {
            // Coverage and the reports waiting for a one-on-one are unknown too, not 0%.
            state.OneOnOnes = null;
        }
    }

    /// <summary>The calendars' expansion for a period, started on the thread pool; null when no calendar was given.</summary>
    private static Task<CalendarStage.Expansion>? ExpandCalendars(PipelineState state, ActivitySet activity, Period period)
    {
        if (activity.Calendars is { } calendars)
        {
            var decoder = CalendarRecords.NewDecoder();
            return Task.Run(() => CalendarStage.Expand(state, calendars, c => c.Path, decoder.Events, period));
        }

        return activity.CalendarFiles is { } files
            ? Task.Run(() => CalendarStage.Expand(state, files, f => f, CalendarRecords.Parse, period))
            : null;
    }

    /// <summary>The other period of --compare-to or --compare-previous (docs/definitions.md, "Comparison"), or null.</summary>
    public static Period? ComparedPeriod(AnalysisRequest request, Period period) =>
        request.CompareTo is { } other
            ? other.To > other.From ? new Period(other.From, other.To)
                : throw UserError.InvalidOption("--compare-to", $"{other.From:yyyy-MM-dd}..{other.To:yyyy-MM-dd}", "the end must be after the start")
            : request.ComparePrevious ? new Period(period.From.AddDays(-period.DayCount), period.From)
            : null;

    /// <summary>Every manager's figures over the other period, measured apart so its warnings and identities do not repeat.</summary>
    private ComparedFigures Compared(
        AnalysisRequest request, Organization org, ActivitySet activity, CommitLog? commits, ReviewImportResult? reviews, Period other)
    {
        var quiet = new PipelineState(request with { ExplainPersonId = null, OnExplained = null }, org, new WarningLog());
        var (_, figures) = Measure(quiet, activity, commits, reviews, other, timed: false);
        return new ComparedFigures(other, figures.ToDictionary(f => f.Manager.Index));
    }

    private static AnalysisRequest WithPolicy(AnalysisRequest request)
    {
        var policy = request.PolicyPath is { } path ? PolicyFile.Load(path) : request.Policy with { Definitions = request.Settings };
        return request with { Policy = policy, Settings = policy.Definitions };
    }

    private static long? Latest(long? a, long? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;

    private T Stage<T>(string name, Func<T> work) => timings is null ? work() : timings.Measure(name, work);

    private void Stage(string name, Action work) => Stage(name, () =>
    {
        work();
        return 0;
    });
}
