using ManagerFocus.Activity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage.Sqlite;

/// <summary>An import into SQLite: one BEGIN IMMEDIATE transaction and prepared statements reused across files.</summary>
internal sealed class SqliteImport(SqliteTransaction transaction, ILogger logger, TimeProvider time, string description)
    : StoreImport(transaction, logger, time, description)
{
    protected override RowWriter OpenWriter(string table, params string[] columns) => Writer("INSERT", table, columns);

    // Readers of a WAL database keep the committed schema while the import drops and rebuilds these.
    protected override IReadOnlyList<(string Name, string Definition)> SecondaryIndexes(string table)
    {
        var indexes = new List<(string, string)>();
        using var reader = Sql.Reader("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @p0 AND sql IS NOT NULL", table);
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

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
        // In key order each insert appends to the primary key's b-tree instead of touching a random page.
        var rows = commits.Select((c, i) => (Hash: c.Hash.ToBytes(), Identity: identityIds[i], c.AuthorUnix)).ToArray();
        Array.Sort(rows, (a, b) => a.Hash.AsSpan().SequenceCompareTo(b.Hash));
        foreach (var row in rows)
        {
            writer.StartRow();
            writer.Add(sourceId);
            writer.Add(row.Hash);
            writer.Add(row.Identity);
            writer.Add(row.AuthorUnix);
            writer.EndRow();
        }

        return writer.Complete();
    }

    private SqliteRowWriter Writer(string verb, string table, params string[] columns)
    {
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var command = (SqliteCommand)Sql.Command($"{verb} INTO {table} ({string.Join(", ", columns)}) VALUES ({values})", new object?[columns.Length]);
        return new SqliteRowWriter(command);
    }
}
