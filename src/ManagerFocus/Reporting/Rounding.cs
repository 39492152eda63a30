namespace ManagerFocus.Reporting;

/// <summary>The contract's precision: hours to 0.01, shares to 0.001, half away from zero.</summary>
public static class Rounding
{
    public static double Hours(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static double? Hours(double? value) => value is { } v ? Hours(v) : null;

    public static double Share(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    public static double? Share(double? value) => value is { } v ? Share(v) : null;

    public static double? To(double? value, int digits) =>
        value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;
}
