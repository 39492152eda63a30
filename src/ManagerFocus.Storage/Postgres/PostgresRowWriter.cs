using Npgsql;
using NpgsqlTypes;

namespace ManagerFocus.Storage.Postgres;

/// <summary>
/// Rows into one table: the first <see cref="CopyFrom"/> rows are held back, and a file with fewer (most calendar
/// files) goes in as one INSERT of unnest()ed arrays, a single prepared statement; from that many rows on, a binary
/// COPY streams them. Each value is written with the column's exact type.
/// </summary>
internal sealed class PostgresRowWriter(SqlRunner sql, string table, string[] columns) : RowWriter
{
    private const int CopyFrom = 200;
    private readonly List<(object? Value, NpgsqlDbType Type)> _held = [];
    private NpgsqlBinaryImporter? _copy;
    private int _rows;

    public override void StartRow() => _copy?.StartRow();

    public override void Add(int value) => Put(value, NpgsqlDbType.Integer);

    public override void Add(long value) => Put(value, NpgsqlDbType.Bigint);

    public override void Add(long? value)
    {
        if (value is { } present)
        {
            Put(present, NpgsqlDbType.Bigint);
        }
        else
        {
            Put<object?>(null, NpgsqlDbType.Bigint);
        }
    }

    public override void Add(bool value) => Put(value, NpgsqlDbType.Boolean);

    public override void Add(string? value) => Put(value, NpgsqlDbType.Text);

    public override void Add(DateOnly? value)
    {
        if (value is { } present)
        {
            Put(present, NpgsqlDbType.Date);
        }
        else
        {
            Put<object?>(null, NpgsqlDbType.Date);
        }
    }

    public override void Add(byte[] value) => Put(value, NpgsqlDbType.Bytea);

    public override void EndRow()
    {
        if (++_rows == CopyFrom && _copy is null)
        {
            _copy = ((NpgsqlConnection)sql.Connection).BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < _held.Count; i++)
            {
                if (i % columns.Length == 0)
                {
                    _copy.StartRow();
                }

                Write(_copy, _held[i].Value, _held[i].Type);
            }

            _held.Clear();
        }
    }

    public override int Complete()
    {
        if (_copy is not null)
        {
            var copied = (int)_copy.Complete();
            // Disposing ends the COPY, so the connection takes the next statement at once.
            _copy.Dispose();
            _copy = null;
            return copied;
        }

        if (_rows == 0)
        {
            return 0;
        }

        var arrays = new object?[columns.Length];
        var types = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            (arrays[c], types[c]) = Column(c);
        }

        _held.Clear();
        var parameters = string.Join(", ", types.Select((type, c) => $"@p{c}::{type}[]"));
        return sql.Execute($"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT * FROM unnest({parameters})", arrays);
    }

    public override void Dispose() => _copy?.Dispose();

    private static void Write(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case int v: copy.Write(v, type); break;
            case long v: copy.Write(v, type); break;
            case bool v: copy.Write(v, type); break;
            case string v: copy.Write(v, type); break;
            case DateOnly v: copy.Write(v, type); break;
            case byte[] v: copy.Write(v, type); break;
            default: throw new InvalidOperationException($"no COPY writer for {value.GetType()}");
        }
    }

    private (Array Values, string Type) Column(int column)
    {
        var values = Enumerable.Range(0, _rows).Select(r => _held[(r * columns.Length) + column]).ToList();
        return values[0].Type switch
        {
            NpgsqlDbType.Integer => (values.Select(v => (int)v.Value!).ToArray(), "integer"),
            NpgsqlDbType.Bigint => (values.Select(v => (long?)v.Value).ToArray(), "bigint"),
            NpgsqlDbType.Boolean => (values.Select(v => (bool)v.Value!).ToArray(), "boolean"),
            NpgsqlDbType.Text => (values.Select(v => (string?)v.Value).ToArray(), "text"),
            NpgsqlDbType.Date => (values.Select(v => (DateOnly?)v.Value).ToArray(), "date"),
            NpgsqlDbType.Bytea => (values.Select(v => (byte[]?)v.Value).ToArray(), "bytea"),
            var other => throw new InvalidOperationException($"no array for {other}"),
        };
    }

    private void Put<T>(T value, NpgsqlDbType type)
    {
        if (_copy is null)
        {
            _held.Add((value, type));
        }
        else if (value is null)
        {
            _copy.WriteNull();
        }
        else
        {
            _copy.Write(value, type);
        }
    }
}
