using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>The report's numbers as the HTML report writes them, for the web dashboard's tables and CSV exports.</summary>
public static class DashboardFormat
{
    public const string Missing = Format.Missing;

    public static string Hours(double? hours) => Format.Hours(hours);

    public static string Percent(double? share) => Format.Percent(share);

    public static string Threshold(double share) => Format.Threshold(share);

    public static string Number(double? value) => Format.Number(value);

    /// <summary>An enum value as the contract spells it ("coding-manager"), or "-" when absent.</summary>
    public static string Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => Format.Name(value) ?? Missing;

    /// <summary>An enum value as the contract spells it.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names.Of(value);
}
