using System.Globalization;
using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>How numbers read in human-facing formats; "-" where the input kind was not given.</summary>
internal static class Format
{
    public const string Missing = "-";

    /// <summary>An enum value as the contract spells it ("coding-manager"), or null when absent.</summary>
    public static string? Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Names.Of(v) : null;

    public static string Hours(double? hours) =>
        hours is { } h ? h.ToString("0.0", CultureInfo.InvariantCulture) : Missing;

    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>A policy threshold as a percentage, with a decimal only when it has one: "30%", "12.5%".</summary>
    public static string Threshold(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : Missing;

    public static string SignedPercent(double? share) =>
        share is { } s ? (s * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>A 95% interval as "(95% interval a to b)", or nothing when there is none.</summary>
    public static string Range(IReadOnlyList<double?>? interval, bool percent)
    {
        string Bound(double? value) => value is null ? "unbounded" : percent ? SignedPercent(value) : Number(value);
        return interval is [var low, var high] ? $"(95% interval {Bound(low)} to {Bound(high)})" : "";
    }
}
