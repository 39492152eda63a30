using ManagerFocus.Activity;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ManagerFocus.Storage.Postgres;

/// <summary>An import into PostgreSQL: one transaction holding the import lock, rows through binary COPY.</summary>
internal sealed class PostgresImport(NpgsqlTransaction transaction, ILogger logger, TimeProvider time, string description)
    : StoreImport(transaction, logger, time, description)
{
    private bool _stageCreated;

    private NpgsqlConnection Connection => (NpgsqlConnection)Sql.Connection;

    protected override RowWriter OpenWriter(string table, params string[] columns) =>
        new PostgresRowWriter(Sql, table, columns);

    // Fresh statistics, so the first analysis after a large import plans with the real row counts.
    protected override void BeforeCommit(int rowsWritten)
    {
        if (rowsWritten > 10_000)
        {
            Sql.Execute("ANALYZE");
        }
    }

    protected override int[] InsertIdentities(IReadOnlyList<AuthorIdentity> identities)
    {
        var ids = new Dictionary<AuthorIdentity, int>(identities.Count);
        using (var reader = Sql.Reader(
            "INSERT INTO identities (email, name) SELECT email, name FROM unnest(@p0::text[], @p1::text[]) AS i (email, name) RETURNING id, email, name",
            identities.Select(i => i.Email).ToArray(), identities.Select(i => i.Name).ToArray()))
        {
            while (reader.Read())
            {
                ids.Add(new AuthorIdentity(reader.GetString(1), reader.GetString(2)), reader.GetInt32(0));
            }
        }

        return identities.Select(i => ids[i]).ToArray();
    }

    protected override int WriteCommits(long sourceId, bool sourceIsNew, IReadOnlyList<CommitRecord> commits, int[] identityIds)
    {
        if (sourceIsNew)
        {
            // A new repository has no commits to collide with (the batch is already without duplicates): COPY straight in.
            using var direct = OpenWriter("commits", "source_id", "hash", "identity_id", "author_unix");
            Write(direct, sourceId, commits, identityIds);
            return commits.Count;
        }

        if (!_stageCreated)
        {
            Sql.Execute("CREATE TEMP TABLE commit_stage (source_id bigint, hash bytea, identity_id integer, author_unix bigint) ON COMMIT DROP");
            _stageCreated = true;
        }
        else
        {
            Sql.Execute("TRUNCATE commit_stage");
        }

        using (var stage = OpenWriter("commit_stage", "source_id", "hash", "identity_id", "author_unix"))
        {
            Write(stage, sourceId, commits, identityIds);
        }

        return Sql.Execute(
            "INSERT INTO commits (source_id, hash, identity_id, author_unix) SELECT source_id, hash, identity_id, author_unix FROM commit_stage ON CONFLICT DO NOTHING");
    }

    private static void Write(RowWriter writer, long sourceId, IReadOnlyList<CommitRecord> commits, int[] identityIds)
    {
        for (var i = 0; i < commits.Count; i++)
        {
            writer.StartRow();
            writer.Add(sourceId);
            writer.Add(commits[i].Hash.ToBytes());
            writer.Add(identityIds[i]);
            writer.Add(commits[i].AuthorUnix);
            writer.EndRow();
        }

        writer.Complete();
    }
}
