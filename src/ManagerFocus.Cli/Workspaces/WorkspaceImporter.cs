using System.Runtime.ExceptionServices;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Sources.Git;
using ManagerFocus.Sources.Outcomes;
using ManagerFocus.Sources.People;
using ManagerFocus.Sources.Reviews;
using ManagerFocus.Storage;

namespace ManagerFocus.Cli.Workspaces;

/// <summary>
/// Adds what is new in the given inputs to a workspace, in one transaction: files whose content is unchanged are
/// skipped, changed ones replaced as a whole, and git asked only for commits not reachable from the stored tips.
/// </summary>
internal sealed class WorkspaceImporter(WorkspaceImport import)
{
    public List<SourceSummary> Summaries { get; } = [];

    /// <summary>The people files (each one or more dated snapshots) replace the stored ones as a set, unless all are unchanged.</summary>
    public void People(IReadOnlyList<string> paths)
    {
        var summary = Add(new SourceSummary("people") { RecordName = "people rows" });
        paths = [.. paths.Select(Path.GetFullPath)];
        var stored = paths.Select(p => import.Find(SourceKind.People, p)).ToList();
        if (stored.Zip(paths).All(s => ContentHash.Unchanged(s.First?.ContentHash, s.Second)) && import.Count(SourceKind.People) == paths.Count)
        {
            summary.Unchanged += paths.Count;
            return;
        }

        var warnings = new WarningLog(int.MaxValue);
        var files = paths.Select(p => PeopleCsvReader.Read(p, warnings)).ToList();
        // The whole organization is checked now (cycles, duplicate ids), so a workspace never holds one that cannot be analysed.
        OrganizationBuilder.Build(files, new WarningLog()).RequireReportingLine(paths[^1]);
        import.ReplacePeople(files, [.. paths.Select(ContentHash.Stored)], warnings.Kept);
        for (var i = 0; i < files.Count; i++)
        {
            Count(summary, stored[i] is null, files[i].Rows.Count, i == 0 ? warnings : new WarningLog());
        }
    }

    public void Git(IReadOnlyList<string> paths)
    {
        var summary = Add(new SourceSummary("git") { RecordName = "commits" });
        var warnings = new WarningLog(int.MaxValue);
        // Repositories are read in parallel, and the workspace's one connection answers one query at a time.
        var gate = new Lock();
        var repositories = new GitImporter(warnings).Import(paths, repository =>
        {
            lock (gate)
            {
                return import.Find(SourceKind.Git, repository)?.Tips;
            }
        });
        foreach (var repository in repositories)
        {
            var known = import.Find(SourceKind.Git, repository.Repository) is not null;
            var own = warnings.Kept
                .Where(w => w.Location == repository.Repository || w.Location.StartsWith(repository.Repository + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToList();
            var added = import.AddCommits(repository, own);
            summary.Records += added;
            summary.Warnings += own.Count;
            if (!known)
            {
                summary.New++;
            }
            else if (added == 0)
            {
                summary.Unchanged++;
            }
            else
            {
                summary.Replaced++;
            }
        }
    }

    public void Reviews(IReadOnlyList<string> paths)
    {
        var summary = Add(new SourceSummary("reviews") { RecordName = "pull requests and reviews" });
        var scan = new WarningLog(int.MaxValue);
        ReplaceFiles(
            summary, SourceKind.Reviews,
            paths.SelectMany(path => ReviewImporter.Files(path, scan)).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList(),
            (file, warnings) => ReviewImporter.Read([file], warnings).Single(),
            (export, hash, warnings) =>
            {
                import.ReplaceReviews(export, hash, warnings);
                return export.PullRequests.Count + export.Reviews.Count;
            });
        summary.Warnings += scan.Count;
    }

    public void Calendars(IReadOnlyList<string> paths)
    {
        var summary = Add(new SourceSummary("calendar") { RecordName = "events" });
        var scan = new WarningLog(int.MaxValue);
        var files = CalendarFiles.List(paths, scan).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        ReplaceFiles(summary, SourceKind.Calendar, files, CalendarRecords.Read, (record, hash, warnings) =>
        {
            import.ReplaceCalendar(record, hash, warnings);
            return record.Events.Count;
        });
        summary.Warnings += scan.Count;
    }

    /// <summary>
    /// Skips the files whose stored hash says they are unchanged; reads the others in parallel, a batch at a time, and
    /// writes them in file order through the one connection.
    /// </summary>
    private void ReplaceFiles<T>(
        SourceSummary summary, SourceKind kind, IReadOnlyList<string> files, Func<string, WarningLog, T> read,
        Func<T, string, IReadOnlyList<Warning>, int> write)
    {
        const int Batch = 64;
        for (var first = 0; first < files.Count; first += Batch)
        {
            var changed = new List<(string Path, bool IsNew)>();
            foreach (var file in files.Skip(first).Take(Batch))
            {
                var stored = import.Find(kind, file);
                if (ContentHash.Unchanged(stored?.ContentHash, file))
                {
                    summary.Unchanged++;
                }
                else
                {
                    changed.Add((file, stored is null));
                }
            }

            var batch = new (T Record, string Hash, WarningLog Warnings)[changed.Count];
            try
            {
                Parallel.For(0, changed.Count, i =>
                {
                    var warnings = new WarningLog(int.MaxValue);
                    batch[i] = (read(changed[i].Path, warnings), ContentHash.Stored(changed[i].Path), warnings);
                });
            }
            catch (AggregateException e)
            {
                // A file that cannot be used is reported as itself, not wrapped.
                ExceptionDispatchInfo.Throw(e.InnerExceptions.OfType<UserError>().FirstOrDefault() ?? e.InnerExceptions[0]);
            }

            for (var i = 0; i < changed.Count; i++)
            {
                var (record, hash, warnings) = batch[i];
                Count(summary, changed[i].IsNew, write(record, hash, warnings.Kept), warnings);
            }
        }
    }

    public void Survey(string path) =>
        ReplaceFiles(
            Add(new SourceSummary("survey") { RecordName = "answers" }), SourceKind.Survey, [Path.GetFullPath(path)], OutcomeCsv.ReadSurvey,
            (file, hash, warnings) =>
            {
                import.ReplaceSurvey(file, hash, warnings);
                return file.Rows.Count;
            });

    public void Exits(string path) =>
        ReplaceFiles(
            Add(new SourceSummary("exits") { RecordName = "exits" }), SourceKind.Exits, [Path.GetFullPath(path)], OutcomeCsv.ReadExits,
            (file, hash, warnings) =>
            {
                import.ReplaceExits(file, hash, warnings);
                return file.Rows.Count;
            });

    private static void Count(SourceSummary summary, bool isNew, int records, WarningLog warnings)
    {
        if (isNew)
        {
            summary.New++;
        }
        else
        {
            summary.Replaced++;
        }

        summary.Records += records;
        summary.Warnings += warnings.Count;
    }

    private SourceSummary Add(SourceSummary summary)
    {
        Summaries.Add(summary);
        return summary;
    }
}
