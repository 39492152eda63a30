namespace ManagerFocus.Storage;

/// <summary>
/// Writes many rows into one table: prepared inserts on SQLite, binary COPY on PostgreSQL. Each Add fills the next
/// column; its CLR type must match the column's PostgreSQL type (int for integer, long for bigint).
/// </summary>
internal abstract class RowWriter : IDisposable
{
    public abstract void StartRow();

    public abstract void Add(int value);

    public abstract void Add(long value);

    public abstract void Add(long? value);

    public abstract void Add(bool value);

    public abstract void Add(string? value);

    public abstract void Add(DateOnly? value);

    public abstract void Add(byte[] value);

    public abstract void EndRow();

    /// <summary>Writes what is still buffered; returns how many rows reached the table (an ignored duplicate does not).</summary>
    public abstract int Complete();

    public abstract void Dispose();
}
