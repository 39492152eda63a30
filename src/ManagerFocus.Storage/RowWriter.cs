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

    /// <summary>Ends the row; the number of rows it wrote (0 when SQLite ignored a duplicate, else 1).</summary>
    public abstract int EndRow();

    /// <summary>Makes the rows written so far part of the transaction.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
