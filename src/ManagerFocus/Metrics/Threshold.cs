namespace ManagerFocus.Metrics;

/// <summary>Threshold comparisons that ignore floating-point noise from summing hours.</summary>
public static class Threshold
{
    private const double Tolerance = 1e-9;

    public static bool Above(double value, double threshold) => value - threshold > Tolerance;

    public static bool Below(double value, double threshold) => threshold - value > Tolerance;
}
