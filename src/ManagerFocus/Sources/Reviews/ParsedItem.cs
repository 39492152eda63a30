namespace ManagerFocus.Sources.Reviews;

/// <summary>What a token completed at the level of a file's items.</summary>
internal enum ParsedItem : byte
{
    None,
    Object,
    NotAnObject,
}
