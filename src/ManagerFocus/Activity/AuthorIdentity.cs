namespace ManagerFocus.Activity;

/// <summary>A commit author as git reports it after the repository's .mailmap: raw email and name, never a person.</summary>
public readonly record struct AuthorIdentity(string Email, string Name)
{
    public override string ToString() => $"{Name} <{Email}>";
}
