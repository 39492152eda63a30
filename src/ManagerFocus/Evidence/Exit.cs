namespace ManagerFocus.Evidence;

/// <summary>One person leaving: person (index), day, and whether they chose to.</summary>
public readonly record struct Exit(int Person, DateOnly Date, bool Voluntary);
