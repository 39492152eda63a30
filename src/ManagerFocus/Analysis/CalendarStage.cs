using ManagerFocus.Activity.Calendar;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>
/// The calendar step of the analysis: each file's owner found by its name, its events expanded inside the period and
/// classified with the organization (in parallel), then meeting time and one-on-ones handed on.
/// </summary>
internal static class CalendarStage
{
    public static void Add<T>(
        PipelineState state, IReadOnlyList<T> calendars, Func<T, string> path, Func<T, WarningLog, ParsedCalendar> events, Period period, TimeLedger ledger) =>
        Apply(state, Expand(state, calendars, path, events, period), ledger);

    /// <summary>
    /// Expands and classifies every owned calendar for the period (in parallel). Changes nothing in the state, so it may
    /// run beside the git and review steps; <see cref="Apply"/> hands the result on afterwards, in the usual order.
    /// </summary>
    public static Expansion Expand<T>(
        PipelineState state, IReadOnlyList<T> calendars, Func<T, string> path, Func<T, WarningLog, ParsedCalendar> events, Period period)
    {
        var org = state.Organization;
        var ownerWarnings = new WarningLog(int.MaxValue);
        var files = CalendarOwners.Owned(calendars, path, org, ownerWarnings);
        var explain = state.ExplainedIndex;
        var importer = new CalendarOccurrences(org, period, explain);
        var time = new MeetingTime(org.People.Count);
        var oneOnOnes = new List<OneOnOneMeeting>();
        var explained = new List<ExplainedOccurrence>();
        var fileWarnings = new WarningLog[files.Count];
        var gate = new Lock();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // Each file's warnings are collected apart and added in file order, so reports do not depend on thread timing.
            var warnings = fileWarnings[i] = new WarningLog(int.MaxValue);
            var (calendar, owner) = files[i];
            var result = importer.Expand(events(calendar, warnings), path(calendar), owner, warnings);
            time.Add(result.Owner, Category.Meeting, result.Meetings);
            time.Add(result.Owner, Category.OneOnOne, result.OneOnOneTime);
            lock (gate)
            {
                oneOnOnes.AddRange(result.OneOnOnes);
                explained.AddRange(result.Explained);
            }
        });

        return new Expansion(
            period,
            [.. files.Select(f => f.Owner)],
            [.. ownerWarnings.Kept, .. fileWarnings.SelectMany(w => w.Kept)],
            time,
            oneOnOnes,
            [.. explained.OrderBy(o => o.Start).ThenBy(o => o.End).ThenBy(o => o.Location, StringComparer.Ordinal)]);
    }

    /// <summary>Hands an expansion on: its warnings, then meeting time, one-on-ones and explained occurrences.</summary>
    public static void Apply(PipelineState state, Expansion expansion, TimeLedger ledger)
    {
        foreach (var warning in expansion.Warnings)
        {
            state.Warnings.Add(warning.Source, warning.Location, warning.Message);
        }

        WarnAboutManagersWithoutCalendar(state, expansion.Owners, expansion.Period);
        state.OneOnOnes = expansion.OneOnOnes;
        state.ExplainedOccurrences = expansion.Explained;
        state.Request.OnExplained?.Invoke(state.ExplainedOccurrences);
        expansion.Time.WriteTo(ledger);
    }

    /// <summary>What the calendars of a period came to, before it is handed on.</summary>
    public sealed record Expansion(
        Period Period,
        IReadOnlyList<int> Owners,
        IReadOnlyList<Warning> Warnings,
        MeetingTime Time,
        List<OneOnOneMeeting> OneOnOnes,
        IReadOnlyList<ExplainedOccurrence> Explained);

    /// <summary>A listed manager without a calendar file would read as one with no meetings, so the report says which.</summary>
    private static void WarnAboutManagersWithoutCalendar(PipelineState state, IEnumerable<int> files, Period period)
    {
        var org = state.Organization;
        var owners = files.ToHashSet();
        var missing = new ManagerMetricsCalculator(org, period, state.Request.Settings).Managers()
            .Where(p => !owners.Contains(p.Index))
            .Select(p => p.Id)
            .ToList();
        state.ManagersWithoutCalendar = missing;
        if (missing.Count > 0)
        {
            var shown = string.Join(", ", missing.Take(10)) + (missing.Count > 10 ? $" and {missing.Count - 10} more" : "");
            state.Warnings.Add(CalendarRecords.Source, state.Request.Workspace ?? string.Join(", ", state.Request.CalendarPaths),
                $"{missing.Count} manager(s) have no calendar file ({shown}); their meeting and one-on-one hours count as 0, "
                + "and their one-on-ones are found only in their reports' calendars");
        }
    }
}
