using ManagerFocus.Activity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage.Sqlite;

/// <summary>An import into SQLite: one BEGIN IMMEDIATE transaction and prepared statements reused across files.</summary>
internal sealed class SqliteImport(SqliteTransaction transaction, ILogger logger, TimeProvider time, string description)
    : StoreImport(transaction, logger, time, description)
{
    protected override RowWriter OpenWriter(string table, params string[] columns) => Writer("INSERT", table, columns);

    protected override int[] InsertIdentities(IReadOnlyList<AuthorIdentity> identities)
    {
        var ids = new int[identities.Count];
        for (var i = 0; i < identities.Count; i++)
        {
            ids[i] = Convert.ToInt32(Sql.Scalar("INSERT INTO identities (email, name) VALUES (@p0, @p1) RETURNING id", identities[i].Email, identities[i].Name));
        }

        return ids;
    }

    protected override int WriteCommits(long sourceId, bool sourceIsNew, IReadOnlyList<CommitRecord> commits, int[] identityIds)
    {
        // INSERT OR IGNORE skips a commit the repository already has; its change count says which were new.
        using var writer = Writer("INSERT OR IGNORE", "commits", "source_id", "hash", "identity_id", "author_unix");
        var added = 0;
        for (var i = 0; i < commits.Count; i++)
        {
            writer.StartRow();
            writer.Add(sourceId);
            writer.Add(commits[i].Hash.ToBytes());
            writer.Add(identityIds[i]);
            writer.Add(commits[i].AuthorUnix);
            added += writer.EndRow();
        }

        return added;
    }

    private SqliteRowWriter Writer(string verb, string table, params string[] columns)
    {
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var command = (SqliteCommand)Sql.Command($"{verb} INTO {table} ({string.Join(", ", columns)}) VALUES ({values})", new object?[columns.Length]);
        return new SqliteRowWriter(command);
    }
}
