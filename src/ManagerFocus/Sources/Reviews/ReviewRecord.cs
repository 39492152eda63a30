namespace ManagerFocus.Sources.Reviews;

/// <summary>A submitted review that can count (approved, changes requested, commented), before linking.</summary>
internal readonly record struct ReviewRecord(long PullRequestKey, long SubmittedUnix, int ReviewerLogin, int File, long Id);
