using ManagerFocus.Activity;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ManagerFocus.Storage.Sqlite;

/// <summary>
/// The one read whose rows are counted in millions (a window's commits), stepped through SQLite's own statement API:
/// the hash is read in place rather than copied into a new array per row, and no data reader sits between.
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

    private static void Check(sqlite3 db, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            // The same exception Microsoft.Data.Sqlite throws, so the workspace's error handling reads it the same way.
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string() ?? $"SQLite error {code}", code);
        }
    }
}
