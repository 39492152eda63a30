namespace ManagerFocus.Generator;

/// <summary>One commit to write: when, by whom (a person index, or an outsider's number), and how.</summary>
internal readonly record struct PlannedCommit(long Unix, int Author, CommitKind Kind) : IComparable<PlannedCommit>
{
    public int CompareTo(PlannedCommit other)
    {
        var byTime = Unix.CompareTo(other.Unix);
        return byTime != 0 ? byTime : Author != other.Author ? Author.CompareTo(other.Author) : Kind.CompareTo(other.Kind);
    }
}
