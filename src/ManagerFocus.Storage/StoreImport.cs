using System.Data.Common;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage;

/// <summary>
/// One import transaction. The record-by-record writing is shared; each database supplies how rows reach its tables
/// (<see cref="OpenWriter"/>), how new identities get their ids and how a repository's commits are added without duplicates.
/// </summary>
internal abstract class StoreImport(DbTransaction transaction, ILogger logger, TimeProvider time, string description) : IDisposable
{
    private Dictionary<AuthorIdentity, int>? _identities;
    private readonly HashSet<(SourceKind, string)> _written = [];
    private readonly HashSet<SourceKind> _writtenKinds = [];
    private Dictionary<(SourceKind Kind, string Key), StoredSource>? _stored;
    private readonly List<(string Name, string Definition)> _deferredIndexes = [];
    private readonly HashSet<string> _checkedTables = [];
    private int _rows;
    private int _newCommits;
    private bool _done;

    protected SqlRunner Sql { get; } = new(transaction.Connection!, transaction);

    protected ILogger Logger => logger;

    /// <summary>
    /// A stored source, answered from one read of every source (a re-import asks once per file, and a server answers
    /// each question with a round trip); a source this import wrote is asked of the database again.
    /// </summary>
    public StoredSource? Find(SourceKind kind, string key)
    {
        if (_written.Contains((kind, key)) || _writtenKinds.Contains(kind))
        {
            return new ActivityReader(Sql).Find(kind, key)?.Source;
        }

        _stored ??= new ActivityReader(Sql).Sources().ToDictionary(s => (s.Kind, s.Key));
        return _stored.GetValueOrDefault((kind, key));
    }

    /// <summary>How many sources of a kind the workspace holds (people: how many people files).</summary>
    public int Count(SourceKind kind) => new ActivityReader(Sql).Sources().Count(s => s.Kind == kind);

    public void ReplacePeople(IReadOnlyList<PeopleFile> files, string contentHash, IReadOnlyList<Warning> warnings) =>
        ReplacePeople(files, [.. files.Select(_ => contentHash)], warnings);

    /// <summary>Replaces every stored people file (each a set of dated snapshots) with these, each with its own content hash.</summary>
    public void ReplacePeople(IReadOnlyList<PeopleFile> files, IReadOnlyList<string> contentHashes, IReadOnlyList<Warning> warnings)
    {
        DeleteKind(SourceKind.People);
        long? first = null;
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            var id = InsertSource(SourceKind.People, file.Path, contentHashes[f], file.Rows.Count);
            first ??= id;
            using var writer = OpenWriter("people", "source_id", "ordinal", "line", "person_id", "name", "email", "manager_id",
                "job_title", "team", "level", "track", "aliases", "start_date", "end_date", "time_zone", "effective_date", "manager_email");
            for (var i = 0; i < file.Rows.Count; i++)
            {
                var row = file.Rows[i];
                writer.StartRow();
                writer.Add(id);
                writer.Add(i);
                writer.Add(row.Line);
                writer.Add(row.Id);
                writer.Add(row.Name);
                writer.Add(row.Email);
                writer.Add(row.ManagerId);
                writer.Add(row.Title);
                writer.Add(row.Team);
                writer.Add(row.Level);
                writer.Add(row.Track);
                writer.Add(string.Join('\n', row.Aliases));
                writer.Add(row.StartDate);
                writer.Add(row.EndDate);
                writer.Add(row.TimeZone);
                writer.Add(row.EffectiveDate);
                writer.Add(row.ManagerEmail);
                writer.EndRow();
            }

            writer.Complete();
            Wrote("people", file.Rows.Count, file.Path);
        }

        // Warnings of the whole people set belong to its first file; each keeps its own source text.
        if (first is { } firstId)
        {
            WriteWarnings(firstId, warnings);
        }
    }

    public void ReplaceSurvey(OutcomeFile<SurveyRecord> file, string contentHash, IReadOnlyList<Warning> warnings) =>
        ReplaceOutcomes(SourceKind.Survey, "survey_answers", "score", file, r => (r.Line, r.PersonId, r.Date), (w, r) => w.Add(r.Score), contentHash, warnings);

    public void ReplaceExits(OutcomeFile<ExitRecord> file, string contentHash, IReadOnlyList<Warning> warnings) =>
        ReplaceOutcomes(SourceKind.Exits, "exits", "voluntary", file, r => (r.Line, r.PersonId, r.Date), (w, r) => w.Add(r.Voluntary), contentHash, warnings);

    /// <summary>Survey and exit rows: line, person id and day, and the one value of their kind.</summary>
    private void ReplaceOutcomes<T>(
        SourceKind kind, string table, string valueColumn, OutcomeFile<T> file, Func<T, (int Line, string PersonId, DateOnly Day)> row,
        Action<RowWriter, T> value, string contentHash, IReadOnlyList<Warning> warnings)
    {
        DeleteKind(kind);
        var id = InsertSource(kind, file.Path, contentHash, file.Rows.Count);
        using var writer = OpenWriter(table, "source_id", "ordinal", "line", "person_id", "day", valueColumn);
        for (var i = 0; i < file.Rows.Count; i++)
        {
            var (line, person, day) = row(file.Rows[i]);
            writer.StartRow();
            writer.Add(id);
            writer.Add(i);
            writer.Add(line);
            writer.Add(person);
            writer.Add(day);
            value(writer, file.Rows[i]);
            writer.EndRow();
        }

        writer.Complete();
        Wrote(table, file.Rows.Count, file.Path);
        WriteWarnings(id, warnings);
    }

    public void ReplaceReviews(ReviewExport export, string contentHash, IReadOnlyList<Warning> warnings)
    {
        Sql.Execute("DELETE FROM sources WHERE kind = @p0 AND key = @p1", SourceKinds.ToText(SourceKind.Reviews), export.Path);
        // A pull request or review listed twice in one export is kept once (the first), as its key says.
        var pullRequests = export.PullRequests.DistinctBy(p => (p.Repository, p.Number)).ToList();
        var reviews = export.Reviews.DistinctBy(r => (r.Repository, r.PullRequest, r.Id)).ToList();
        var id = InsertSource(SourceKind.Reviews, export.Path, contentHash, pullRequests.Count + reviews.Count);
        DeferIndexesIfEmpty("pull_requests");
        DeferIndexesIfEmpty("reviews");
        using (var writer = OpenWriter("pull_requests", "source_id", "repository", "number", "author_login", "author_is_bot", "created_unix"))
        {
            foreach (var pullRequest in pullRequests)
            {
                writer.StartRow();
                writer.Add(id);
                writer.Add(pullRequest.Repository);
                writer.Add(pullRequest.Number);
                writer.Add(pullRequest.AuthorLogin);
                writer.Add(pullRequest.AuthorIsBot);
                writer.Add(pullRequest.CreatedUnix);
                writer.EndRow();
            }

            writer.Complete();
        }

        using (var writer = OpenWriter("reviews", "source_id", "repository", "pull_request", "review_id", "reviewer_login", "submitted_unix"))
        {
            foreach (var review in reviews)
            {
                writer.StartRow();
                writer.Add(id);
                writer.Add(review.Repository);
                writer.Add(review.PullRequest);
                writer.Add(review.Id);
                writer.Add(review.ReviewerLogin);
                writer.Add(review.SubmittedUnix);
                writer.EndRow();
            }

            writer.Complete();
        }

        Wrote("pull_requests", pullRequests.Count, export.Path);
        Wrote("reviews", reviews.Count, export.Path);
        WriteWarnings(id, warnings);
    }

    public void ReplaceCalendar(CalendarFileRecord file, string contentHash, IReadOnlyList<Warning> warnings)
    {
        Sql.Execute("DELETE FROM sources WHERE kind = @p0 AND key = @p1", SourceKinds.ToText(SourceKind.Calendar), file.Path);
        // Events are keyed by the line they start on; one line cannot start two.
        var events = file.Events.DistinctBy(e => e.Line).ToList();
        var id = InsertSource(SourceKind.Calendar, file.Path, contentHash, events.Count);
        Sql.Execute("INSERT INTO calendar_files (source_id, zones, default_zone, events) VALUES (@p0, @p1, @p2, @p3)",
            id, file.Zones, file.DefaultZone, CalendarEventPack.Pack(events));
        Wrote("calendar_files (events)", events.Count, file.Path);
        WriteWarnings(id, warnings);
    }

    public int AddCommits(RepositoryActivity repository, IReadOnlyList<Warning> warnings)
    {
        var existing = new ActivityReader(Sql).Find(SourceKind.Git, repository.Repository);
        _written.Add((SourceKind.Git, repository.Repository));
        var id = existing?.Id ?? InsertSource(SourceKind.Git, repository.Repository, null, 0);
        var seen = new HashSet<CommitId>(repository.Commits.Count);
        var commits = new List<CommitRecord>(repository.Commits.Count);
        foreach (var commit in repository.Commits)
        {
            if (seen.Add(commit.Hash))
            {
                commits.Add(commit);
            }
        }

        DeferIndexesIfEmpty("commits");
        var identities = IdentityIds(commits);
        var added = WriteCommits(id, existing is null, commits, identities);
        var records = (existing?.Source.Records ?? 0) + added;
        Sql.Execute("UPDATE sources SET tips = @p0, imported_at = @p1, records = @p2 WHERE id = @p3",
            string.Join('\n', repository.Tips), time.GetUtcNow(), records, id);
        Sql.Execute("DELETE FROM source_warnings WHERE source_id = @p0", id);
        WriteWarnings(id, warnings);
        _newCommits += added;
        Wrote("commits", added, repository.Repository);
        return added;
    }

    public void Commit()
    {
        foreach (var index in _deferredIndexes)
        {
            Sql.Execute(index.Definition);
            logger.LogInformation("Built index {Index} of {Workspace}", index.Name, description);
        }

        BeforeCommit(_rows);
        transaction.Commit();
        _done = true;
        logger.LogInformation("Committed the import into {Workspace}: {Rows} rows written, {Commits} of them new commits", description, _rows, _newCommits);
    }

    public void Dispose()
    {
        if (!_done)
        {
            transaction.Rollback();
            logger.LogWarning("Rolled back the import into {Workspace}; it is as it was before", description);
        }

        Sql.Dispose();
        transaction.Dispose();
    }

    /// <summary>
    /// The indexes of a table besides its primary key and unique constraints (name, CREATE statement) that an import into
    /// the empty table builds at the end. None on PostgreSQL: DROP INDEX would lock readers out until the import ends.
    /// </summary>
    protected virtual IReadOnlyList<(string Name, string Definition)> SecondaryIndexes(string table) => [];

    /// <summary>Work the database wants done after a large import, inside its transaction.</summary>
    protected virtual void BeforeCommit(int rowsWritten)
    {
    }

    protected abstract RowWriter OpenWriter(string table, params string[] columns);

    /// <summary>Stores new identities and returns their ids in the order given.</summary>
    protected abstract int[] InsertIdentities(IReadOnlyList<AuthorIdentity> identities);

    /// <summary>Writes commits not already stored for the source (none are, when it is new); returns how many were new.</summary>
    protected abstract int WriteCommits(long sourceId, bool sourceIsNew, IReadOnlyList<CommitRecord> commits, int[] identityIds);

    // Into an empty table, building the secondary indexes once at the end (a sort) beats updating them for every row;
    // a rollback brings them back with everything else.
    private void DeferIndexesIfEmpty(string table)
    {
        if (!_checkedTables.Add(table) || Sql.Scalar($"SELECT 1 FROM {table} LIMIT 1") is not null)
        {
            return;
        }

        foreach (var index in SecondaryIndexes(table))
        {
            Sql.Execute($"DROP INDEX {index.Name}");
            _deferredIndexes.Add(index);
        }
    }

    private int[] IdentityIds(IReadOnlyList<CommitRecord> commits)
    {
        _identities ??= LoadIdentities();
        var missing = new List<AuthorIdentity>();
        var asked = new HashSet<AuthorIdentity>();
        foreach (var commit in commits)
        {
            if (!_identities.ContainsKey(commit.Author) && asked.Add(commit.Author))
            {
                missing.Add(commit.Author);
            }
        }

        if (missing.Count > 0)
        {
            var ids = InsertIdentities(missing);
            for (var i = 0; i < missing.Count; i++)
            {
                _identities.Add(missing[i], ids[i]);
            }
        }

        var result = new int[commits.Count];
        for (var i = 0; i < commits.Count; i++)
        {
            result[i] = _identities[commits[i].Author];
        }

        return result;
    }

    private Dictionary<AuthorIdentity, int> LoadIdentities()
    {
        var identities = new Dictionary<AuthorIdentity, int>();
        using var reader = Sql.Reader("SELECT id, email, name FROM identities");
        while (reader.Read())
        {
            identities.Add(new AuthorIdentity(reader.GetString(1), reader.GetString(2)), reader.GetInt32(0));
        }

        return identities;
    }

    private void DeleteKind(SourceKind kind)
    {
        _writtenKinds.Add(kind);
        Sql.Execute("DELETE FROM sources WHERE kind = @p0", SourceKinds.ToText(kind));
    }

    private long InsertSource(SourceKind kind, string key, string? contentHash, int records)
    {
        _written.Add((kind, key));
        return Convert.ToInt64(Sql.Scalar(
            "INSERT INTO sources (kind, key, content_hash, tips, imported_at, records) VALUES (@p0, @p1, @p2, NULL, @p3, @p4) RETURNING id",
            SourceKinds.ToText(kind), key, contentHash, time.GetUtcNow(), records));
    }

    private void WriteWarnings(long sourceId, IReadOnlyList<Warning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        using var writer = OpenWriter("source_warnings", "source_id", "ordinal", "origin", "location", "message");
        for (var i = 0; i < warnings.Count; i++)
        {
            writer.StartRow();
            writer.Add(sourceId);
            writer.Add(i);
            writer.Add(warnings[i].Source);
            writer.Add(warnings[i].Location);
            writer.Add(warnings[i].Message);
            writer.EndRow();
        }

        writer.Complete();
    }

    private void Wrote(string table, int count, string source)
    {
        _rows += count;
        logger.LogDebug("Wrote {Count} rows to {Table} for {Source}", count, table, source);
    }
}
