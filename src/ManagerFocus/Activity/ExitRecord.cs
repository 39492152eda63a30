namespace ManagerFocus.Activity;

/// <summary>One exit as written: the file's line, person id (not yet resolved), day and whether it was voluntary.</summary>
public readonly record struct ExitRecord(int Line, string PersonId, DateOnly Date, bool Voluntary);
