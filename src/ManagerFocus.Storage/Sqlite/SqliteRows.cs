using ManagerFocus.Activity;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ManagerFocus.Storage.Sqlite;

/// <summary>
/// The reads whose rows are counted in hundreds of thousands (a window's commits, reviews and pull requests), stepped
/// through SQLite's own statement API: hashes and text are read in place (text interned without a string per row) rather
/// than copied into new objects per row, and no data reader sits between.
/// </summary>
internal static class SqliteRows
{
    /// <summary>
    /// Commits by source, from a query of (source_id, hash, identity_id, author_unix) with the window's two bounds as
    /// @p0 and @p1; the identities by id.
    /// </summary>
    public static Dictionary<long, List<CommitRecord>> Commits(
        SqliteConnection connection, string query, long from, long to, Dictionary<int, AuthorIdentity> identities)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the workspace connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, query, out var statement));
        using (statement)
        {
            Check(db, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@p0"), from));
            Check(db, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@p1"), to));
            var commits = new Dictionary<long, List<CommitRecord>>();
            var lastSource = long.MinValue;
            List<CommitRecord>? rows = null;
            var lastIdentity = int.MinValue;
            AuthorIdentity author = default;
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var source = raw.sqlite3_column_int64(statement, 0);
                if (source != lastSource || rows is null)
                {
                    if (!commits.TryGetValue(source, out rows))
                    {
                        rows = [];
                        commits.Add(source, rows);
                    }

                    lastSource = source;
                }

                var identity = raw.sqlite3_column_int(statement, 2);
                if (identity != lastIdentity)
                {
                    author = identities[identity];
                    lastIdentity = identity;
                }

                rows.Add(new CommitRecord(CommitId.FromBytes(raw.sqlite3_column_blob(statement, 1)), author, raw.sqlite3_column_int64(statement, 3)));
            }

            Check(db, step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
            return commits;
        }
    }

    /// <summary>Reviews by source, from a query of (source_id, repository, pull_request, review_id, reviewer_login, submitted_unix).</summary>
    public static Dictionary<long, List<Review>> Reviews(SqliteConnection connection, string query, long from, long to, StringPool strings)
    {
        var reviews = new Dictionary<long, List<Review>>();
        Step(connection, query, from, to, statement =>
        {
            var review = new Review(
                strings.Intern(raw.sqlite3_column_blob(statement, 1)),
                raw.sqlite3_column_int(statement, 2),
                raw.sqlite3_column_int64(statement, 3),
                strings.Intern(raw.sqlite3_column_blob(statement, 4)),
                raw.sqlite3_column_int64(statement, 5));
            Rows(reviews, raw.sqlite3_column_int64(statement, 0)).Add(review);
        });
        return reviews;
    }

    /// <summary>
    /// Each pull request of a query of (source_id, repository, number, author_login, author_is_bot, created_unix) with its
    /// source; the bounds, when given, are @p0 and @p1.
    /// </summary>
    public static void PullRequests(SqliteConnection connection, string query, long? from, long? to, StringPool strings, Action<long, PullRequest> add) =>
        Step(connection, query, from, to, statement => add(raw.sqlite3_column_int64(statement, 0), new PullRequest(
            strings.Intern(raw.sqlite3_column_blob(statement, 1)),
            raw.sqlite3_column_int(statement, 2),
            raw.sqlite3_column_type(statement, 3) == raw.SQLITE_NULL ? null : strings.Intern(raw.sqlite3_column_blob(statement, 3)),
            raw.sqlite3_column_int64(statement, 4) != 0,
            raw.sqlite3_column_type(statement, 5) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement, 5))));

    private static List<T> Rows<T>(Dictionary<long, List<T>> rows, long source)
    {
        if (!rows.TryGetValue(source, out var list))
        {
            list = [];
            rows.Add(source, list);
        }

        return list;
    }

    private static void Step(SqliteConnection connection, string query, long? from, long? to, Action<sqlite3_stmt> row)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the workspace connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, query, out var statement));
        using (statement)
        {
            if (from is { } f)
            {
                Check(db, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@p0"), f));
            }

            if (to is { } t)
            {
                Check(db, raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@p1"), t));
            }

            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                row(statement);
            }

            Check(db, step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
        }
    }

    private static void Check(sqlite3 db, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            // The same exception Microsoft.Data.Sqlite throws, so the workspace's error handling reads it the same way.
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string() ?? $"SQLite error {code}", code);
        }
    }
}
