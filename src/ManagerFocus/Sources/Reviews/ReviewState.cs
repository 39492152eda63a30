namespace ManagerFocus.Sources.Reviews;

/// <summary>The <c>state</c> of a GitHub pull-request review.</summary>
internal enum ReviewState : byte
{
    Missing,
    Unknown,
    Pending,
    Commented,
    Approved,
    ChangesRequested,
    Dismissed,
}
