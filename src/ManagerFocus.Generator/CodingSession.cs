namespace ManagerFocus.Generator;

/// <summary>A run of commits at most two hours apart, in one repository.</summary>
internal sealed record CodingSession(int Repo, long[] Times, bool UnderAlias);
