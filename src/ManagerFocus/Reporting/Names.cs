using System.Text.Json;

namespace ManagerFocus.Reporting;

/// <summary>The words the contract uses for enum values: "coding-manager", "mid", "management"; the JSON renderer spells them the same way.</summary>
public static class Names
{
    /// <summary>The naming policy every enum of the report is written with.</summary>
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());
}
