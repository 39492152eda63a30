using System.Globalization;

namespace ManagerFocus.Web.Data;

/// <summary>The ?from=YYYY-MM-DD&amp;to=YYYY-MM-DD of a page or endpoint; missing means the workspace's default period.</summary>
public static class PeriodQuery
{
    /// <summary>The longest period one request may ask for; each period asked for is a full analysis.</summary>
    public const int MaxDays = 400;

    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 1, 1);

    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to)
    {
        var start = Day("from", from);
        var end = Day("to", to);
        if (start is { } f && end is { } t)
        {
            if (t <= f)
            {
                throw new BadRequestException($"to ({to}) must be after from ({from}); the period is [from, to).");
            }

            if (t.DayNumber - f.DayNumber > MaxDays)
            {
                throw new BadRequestException($"the period {from}..{to} is longer than {MaxDays} days; ask for a shorter one.");
            }
        }

        return (start, end);
    }

    private static DateOnly? Day(string name, string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new BadRequestException($"{name}={Shorten(raw)} is not a date; give it as YYYY-MM-DD.");
        }

        return day < Earliest || day >= Latest
            ? throw new BadRequestException($"{name}={raw} is outside the periods the dashboard answers for (2000-01-01 to 2099-12-31).")
            : day;
    }

    private static string Shorten(string raw) => raw.Length > 40 ? raw[..40] + "..." : raw;
}
