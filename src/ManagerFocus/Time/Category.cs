namespace ManagerFocus.Time;

/// <summary>What an hour of the ledger was spent on.</summary>
public enum Category
{
    Coding,
    Review,
    Meeting,
    OneOnOne,
}
