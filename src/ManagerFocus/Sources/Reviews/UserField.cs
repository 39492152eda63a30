namespace ManagerFocus.Sources.Reviews;

/// <summary>What an object's <c>user</c> field held.</summary>
internal enum UserField : byte
{
    Missing,
    Null,
    Present,
}
