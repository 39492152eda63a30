using ManagerFocus.Org;

namespace ManagerFocus.Evidence;

/// <summary>A manager and the members of their team in the period (leavers included).</summary>
public sealed record Team(Person Manager, bool CodingManager, IReadOnlyList<Person> Members);
