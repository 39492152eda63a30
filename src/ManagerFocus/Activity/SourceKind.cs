namespace ManagerFocus.Activity;

/// <summary>The kinds of input a workspace keeps, each imported as its own sources.</summary>
public enum SourceKind
{
    People,
    Git,
    Reviews,
    Calendar,
    Survey,
    Exits,
}
