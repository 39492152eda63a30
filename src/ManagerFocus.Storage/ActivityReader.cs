using System.Data.Common;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ManagerFocus.Storage;

/// <summary>
/// Reads a workspace with SQL both databases share, streaming rows through data readers with typed getters and
/// interning the strings that repeat (repositories, logins, identities).
/// </summary>
internal sealed class ActivityReader(SqlRunner sql)
{
    private const string SourceColumns = "id, kind, key, content_hash, tips, imported_at, records";

    public bool IsEmpty() => Convert.ToInt64(sql.Scalar("SELECT count(*) FROM (SELECT 1 FROM sources LIMIT 1) AS any_source")) == 0;

    public IReadOnlyList<StoredSource> Sources() => ReadSources().Select(s => s.Source).ToList();

    public (long Id, StoredSource Source)? Find(SourceKind kind, string key)
    {
        using var reader = sql.Reader($"SELECT {SourceColumns} FROM sources WHERE kind = @p0 AND key = @p1", SourceKinds.ToText(kind), key);
        return reader.Read() ? ReadSource(reader) : null;
    }

    public StoredSpan Span()
    {
        var identities = ReadIdentities();
        var latest = new List<(AuthorIdentity, long)>();
        using (var reader = sql.Reader("SELECT identity_id, max(author_unix) FROM commits GROUP BY identity_id ORDER BY identity_id"))
        {
            while (reader.Read())
            {
                latest.Add((identities[reader.GetInt32(0)], reader.GetInt64(1)));
            }
        }

        return new StoredSpan(
            latest,
            NullableLong(sql.Scalar("SELECT max(created_unix) FROM pull_requests")),
            NullableLong(sql.Scalar("SELECT max(submitted_unix) FROM reviews")));
    }

    /// <summary>
    /// Loads a window; <paramref name="calendarReader"/> and <paramref name="reviewReader"/>, each on a connection of its
    /// own, read the calendars and the pull requests and reviews meanwhile.
    /// </summary>
    public StoredActivity Load(long? fromUnix, long? toUnix, ActivityReader? calendarReader = null, ActivityReader? reviewReader = null)
    {
        var from = fromUnix ?? long.MinValue;
        var to = toUnix ?? long.MaxValue;
        var everything = fromUnix is null && toUnix is null;
        var calendarsRead = calendarReader is null ? null : Task.Run(calendarReader.ReadCalendars);
        var reviewsRead = reviewReader is null ? null : Task.Run(() => reviewReader.ReadReviewExports(from, to, everything));
        try
        {
            var sources = ReadSources();
            var people = ReadPeople();
            var commits = ReadCommits(from, to);
            var (pullRequests, reviews) = reviewsRead?.GetAwaiter().GetResult() ?? ReadReviewExports(from, to, everything);
            var (calendars, calendarWarnings) = calendarsRead?.GetAwaiter().GetResult() ?? ReadCalendars();
            var survey = ReadOutcome(SourceKind.Survey, sources, "SELECT line, person_id, day, score FROM survey_answers WHERE source_id = @p0 ORDER BY ordinal",
                r => new SurveyRecord(r.GetInt32(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetInt32(3)));
            var exits = ReadOutcome(SourceKind.Exits, sources, "SELECT line, person_id, day, voluntary FROM exits WHERE source_id = @p0 ORDER BY ordinal",
                r => new ExitRecord(r.GetInt32(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetBoolean(3)));

            return new StoredActivity(
                OfKind(sources, SourceKind.People).Select(s => new PeopleFile(s.Source.Key, Rows(people, s.Id))).ToList(),
                OfKind(sources, SourceKind.Git).Select(s => new RepositoryActivity(s.Source.Key, Rows(commits, s.Id), s.Source.Tips)).ToList(),
                OfKind(sources, SourceKind.Reviews).Select(s => new ReviewExport(s.Source.Key, Rows(pullRequests, s.Id), Rows(reviews, s.Id))).ToList(),
                OfKind(sources, SourceKind.Calendar).Select(s => calendars.TryGetValue(s.Id, out var file) ? file with { Path = s.Source.Key } : new CalendarFileRecord(s.Source.Key, [], "", null)).ToList(),
                survey,
                exits,
                [.. ReadWarnings(), .. calendarWarnings]);
        }
        catch
        {
            // The other connections are closed once this returns: let their reads end first, whatever they end with.
            foreach (var read in new Task?[] { calendarsRead, reviewsRead })
            {
                ((IAsyncResult?)read)?.AsyncWaitHandle.WaitOne();
            }

            throw;
        }
    }

    /// <summary>The reviews of the window and the pull requests they and the window need, with their own string pool.</summary>
    internal (Dictionary<long, List<PullRequest>> PullRequests, Dictionary<long, List<Review>> Reviews) ReadReviewExports(long from, long to, bool everything)
    {
        var strings = new StringPool();
        var reviews = ReadReviews(from, to, strings);
        return (ReadPullRequests(from, to, everything, reviews, strings), reviews);
    }

    private List<(long Id, StoredSource Source)> ReadSources()
    {
        var sources = new List<(long, StoredSource)>();
        using var reader = sql.Reader($"SELECT {SourceColumns} FROM sources ORDER BY id");
        while (reader.Read())
        {
            sources.Add(ReadSource(reader));
        }

        return sources;
    }

    private static (long Id, StoredSource Source) ReadSource(DbDataReader reader)
    {
        var tips = reader.IsDBNull(4) || reader.GetString(4).Length == 0 ? [] : reader.GetString(4).Split('\n');
        return (reader.GetInt64(0), new StoredSource(
            SourceKinds.Parse(reader.GetString(1)),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            tips,
            reader.GetFieldValue<DateTimeOffset>(5).ToUniversalTime(),
            reader.GetInt32(6)));
    }

    private static IEnumerable<(long Id, StoredSource Source)> OfKind(List<(long Id, StoredSource Source)> sources, SourceKind kind) =>
        sources.Where(s => s.Source.Kind == kind);

    private static IReadOnlyList<T> Rows<T>(Dictionary<long, List<T>> rows, long sourceId) =>
        rows.TryGetValue(sourceId, out var list) ? list : [];

    private static void Add<T>(Dictionary<long, List<T>> rows, long sourceId, T row)
    {
        if (!rows.TryGetValue(sourceId, out var list))
        {
            list = [];
            rows.Add(sourceId, list);
        }

        list.Add(row);
    }

    private Dictionary<int, AuthorIdentity> ReadIdentities()
    {
        var identities = new Dictionary<int, AuthorIdentity>();
        using var reader = sql.Reader("SELECT id, email, name FROM identities");
        while (reader.Read())
        {
            identities.Add(reader.GetInt32(0), new AuthorIdentity(reader.GetString(1), reader.GetString(2)));
        }

        return identities;
    }

    private const string CommitsInWindow =
        "SELECT source_id, hash, identity_id, author_unix FROM commits WHERE author_unix >= @p0 AND author_unix < @p1";

    private Dictionary<long, List<CommitRecord>> ReadCommits(long from, long to)
    {
        var identities = ReadIdentities();
        if (sql.Connection is SqliteConnection sqlite)
        {
            return SqliteRows.Commits(sqlite, CommitsInWindow, from, to, identities);
        }

        var commits = new Dictionary<long, List<CommitRecord>>();
        using var reader = sql.Reader(CommitsInWindow, from, to);
        while (reader.Read())
        {
            var id = CommitId.FromBytes(reader.GetFieldValue<byte[]>(1));
            Add(commits, reader.GetInt64(0), new CommitRecord(id, identities[reader.GetInt32(2)], reader.GetInt64(3)));
        }

        return commits;
    }

    /// <summary>
    /// The pull requests created in the window, and those created before it (or without a time) that a review in the
    /// window names, found by repository and number in any export: pull requests and reviews are often exported apart.
    /// </summary>
    private Dictionary<long, List<PullRequest>> ReadPullRequests(
        long from, long to, bool everything, Dictionary<long, List<Review>> reviews, StringPool strings)
    {
        const string Columns = "source_id, repository, number, author_login, author_is_bot, created_unix";
        var pullRequests = new Dictionary<long, List<PullRequest>>();
        var found = new HashSet<(string, int)>();
        if (sql.Connection is SqliteConnection sqlite)
        {
            SqliteRows.PullRequests(sqlite, everything ? $"SELECT {Columns} FROM pull_requests" : $"SELECT {Columns} FROM pull_requests WHERE created_unix >= @p0 AND created_unix < @p1",
                everything ? null : from, everything ? null : to, strings, (source, pr) =>
                {
                    found.Add((pr.Repository, pr.Number));
                    Add(pullRequests, source, pr);
                });
        }
        else
        {
            using var reader = everything
                ? sql.Reader($"SELECT {Columns} FROM pull_requests")
                : sql.Reader($"SELECT {Columns} FROM pull_requests WHERE created_unix >= @p0 AND created_unix < @p1", from, to);
            while (reader.Read())
            {
                var pr = ReadPullRequest(reader, strings);
                found.Add((pr.Repository, pr.Number));
                Add(pullRequests, reader.GetInt64(0), pr);
            }
        }

        var missing = reviews.Values.SelectMany(r => r).Select(r => (r.Repository, r.PullRequest)).Where(found.Add).ToList();
        if (missing.Count > 0)
        {
            foreach (var (repository, number) in missing)
            {
                using var reader = sql.Reader($"SELECT {Columns} FROM pull_requests WHERE repository = @p0 AND number = @p1", repository, number);
                while (reader.Read())
                {
                    Add(pullRequests, reader.GetInt64(0), ReadPullRequest(reader, strings));
                }
            }
        }

        return pullRequests;
    }

    private static PullRequest ReadPullRequest(DbDataReader reader, StringPool strings) => new(
        strings.Intern(reader.GetString(1)),
        reader.GetInt32(2),
        reader.IsDBNull(3) ? null : strings.Intern(reader.GetString(3)),
        reader.GetBoolean(4),
        reader.IsDBNull(5) ? null : reader.GetInt64(5));

    private Dictionary<long, List<Review>> ReadReviews(long from, long to, StringPool strings)
    {
        const string Query = """
            SELECT source_id, repository, pull_request, review_id, reviewer_login, submitted_unix FROM reviews
            WHERE submitted_unix >= @p0 AND submitted_unix < @p1
            """;
        if (sql.Connection is SqliteConnection sqlite)
        {
            return SqliteRows.Reviews(sqlite, Query, from, to, strings);
        }

        var reviews = new Dictionary<long, List<Review>>();
        using var reader = sql.Reader(Query, from, to);
        while (reader.Read())
        {
            Add(reviews, reader.GetInt64(0), new Review(
                strings.Intern(reader.GetString(1)),
                reader.GetInt32(2),
                reader.GetInt64(3),
                strings.Intern(reader.GetString(4)),
                reader.GetInt64(5)));
        }

        return reviews;
    }

    internal (Dictionary<long, CalendarFileRecord> Files, List<Warning> Warnings) ReadCalendars()
    {
        var files = new Dictionary<long, CalendarFileRecord>();
        var warnings = new List<Warning>();
        var zones = new StringPool();
        using var reader = sql.Reader("SELECT f.source_id, f.zones, f.default_zone, f.events, s.key FROM calendar_files f JOIN sources s ON s.id = f.source_id");
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var packed = reader.GetFieldValue<byte[]>(3);
            var events = packed.Length == 0 ? [] : CalendarEventPack.Unpack(packed);
            if (events is null)
            {
                warnings.Add(new Warning("calendar", reader.GetString(4), "the workspace holds this calendar's events in a form this version cannot read; skipped"));
                events = [];
            }

            files.Add(id, new CalendarFileRecord("", events, zones.Intern(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return (files, warnings);
    }

    private Dictionary<long, List<PersonRecord>> ReadPeople()
    {
        var people = new Dictionary<long, List<PersonRecord>>();
        using var reader = sql.Reader(
            """
            SELECT source_id, line, person_id, name, email, manager_id, job_title, team, level, track, aliases,
                   start_date, end_date, time_zone, effective_date, manager_email
            FROM people ORDER BY source_id, ordinal
            """);
        while (reader.Read())
        {
            var aliases = reader.GetString(10);
            Add(people, reader.GetInt64(0), new PersonRecord(
                reader.GetInt32(1),
                Text(reader, 2),
                Text(reader, 3),
                Text(reader, 4),
                Text(reader, 5),
                Text(reader, 6),
                Text(reader, 7),
                Text(reader, 8),
                Text(reader, 9),
                aliases.Length == 0 ? [] : aliases.Split('\n'),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12),
                Text(reader, 13),
                reader.IsDBNull(14) ? null : reader.GetFieldValue<DateOnly>(14))
            {
                ManagerEmail = Text(reader, 15),
            });
        }

        return people;
    }

    private OutcomeFile<T>? ReadOutcome<T>(SourceKind kind, List<(long Id, StoredSource Source)> sources, string query, Func<DbDataReader, T> read)
    {
        // The workspace keeps one current file of each outcome kind.
        var source = OfKind(sources, kind).Cast<(long Id, StoredSource Source)?>().LastOrDefault();
        if (source is not { } current)
        {
            return null;
        }

        var rows = new List<T>();
        using var reader = sql.Reader(query, current.Id);
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return new OutcomeFile<T>(current.Source.Key, rows);
    }

    private List<Warning> ReadWarnings()
    {
        var warnings = new List<Warning>();
        using var reader = sql.Reader("SELECT origin, location, message FROM source_warnings ORDER BY source_id, ordinal");
        while (reader.Read())
        {
            warnings.Add(new Warning(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return warnings;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? NullableLong(object? value) => value is null ? null : Convert.ToInt64(value);
}
