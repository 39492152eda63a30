namespace ManagerFocus.Activity;

/// <summary>
/// One VEVENT of a calendar file, keyed by its file, UID and RECURRENCE-ID, with the line it started on. Its data is
/// what matters for time and people only (times, rules, revisions, status, transparency, organizer and attendees with
/// their role and answer; never a title, description or location), encoded compactly so a workspace reads it back
/// without parsing text. Two records are equal when their keys and bytes are.
/// </summary>
public readonly record struct CalendarEventRecord(int Line, string? Uid, string? RecurrenceId, ReadOnlyMemory<byte> Data)
{
    public bool Equals(CalendarEventRecord other) =>
        Line == other.Line
        && string.Equals(Uid, other.Uid, StringComparison.Ordinal)
        && string.Equals(RecurrenceId, other.RecurrenceId, StringComparison.Ordinal)
        && Data.Span.SequenceEqual(other.Data.Span);

    public override int GetHashCode() => HashCode.Combine(Line, Uid, RecurrenceId, Data.Length);
}
