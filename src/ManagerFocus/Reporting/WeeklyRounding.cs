namespace ManagerFocus.Reporting;

/// <summary>
/// Rounds a total's weekly parts to 0.01 h so they add up to the rounded total: each week is rounded down to the
/// hundredth and the hundredths left over go to the weeks with the largest remainders (docs/definitions.md, "Weekly series").
/// </summary>
public static class WeeklyRounding
{
    public static double?[] Hours(IReadOnlyList<double?> weeks, double? total)
    {
        var rounded = new double?[weeks.Count];
        if (total is not { } t)
        {
            return rounded;
        }

        var target = (long)Math.Round(t * 100, MidpointRounding.AwayFromZero);
        var cents = new long[weeks.Count];
        var remainders = new double[weeks.Count];
        for (var i = 0; i < weeks.Count; i++)
        {
            var exact = (weeks[i] ?? 0) * 100;

            // Noise below a billionth of a hundredth is not a remainder, so exact figures stay exact.
            cents[i] = (long)Math.Floor(exact + 1e-9);
            remainders[i] = exact - cents[i];
        }

        var left = target - cents.Sum();
        foreach (var i in Enumerable.Range(0, weeks.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }

            cents[i]++;
            left--;
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            rounded[i] = cents[i] / 100.0;
        }

        return rounded;
    }
}
