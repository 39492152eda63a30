using Npgsql;
using NpgsqlTypes;

namespace ManagerFocus.Storage.Postgres;

/// <summary>Rows through one binary COPY; each value is written with the column's exact type.</summary>
internal sealed class PostgresRowWriter(NpgsqlBinaryImporter importer) : RowWriter
{
    public override void StartRow() => importer.StartRow();

    public override void Add(int value) => importer.Write(value, NpgsqlDbType.Integer);

    public override void Add(long value) => importer.Write(value, NpgsqlDbType.Bigint);

    public override void Add(long? value)
    {
        if (value is { } present)
        {
            importer.Write(present, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public override void Add(bool value) => importer.Write(value, NpgsqlDbType.Boolean);

    public override void Add(string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    public override void Add(DateOnly? value)
    {
        if (value is { } present)
        {
            importer.Write(present, NpgsqlDbType.Date);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public override void Add(byte[] value) => importer.Write(value, NpgsqlDbType.Bytea);

    public override int EndRow() => 1;

    // Disposing ends the COPY, so the connection takes the next statement at once.
    public override void Complete()
    {
        importer.Complete();
        importer.Dispose();
    }

    public override void Dispose() => importer.Dispose();
}
