using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time;

namespace ManagerFocus.Analysis;

/// <summary>Picks the period from --from/--to, or 13 weeks ending the day after the latest activity up to today.</summary>
public static class PeriodChooser
{
    /// <summary>
    /// The period: --from/--to as given, or 13 weeks ending the day after the latest activity. Activity dated after today
    /// (a clock set wrong, a forged date) is warned about and cannot steer the default period, which then ends today.
    /// </summary>
    public static Period Choose(DateOnly? from, DateOnly? to, DateOnly? latestActivity, DateOnly today, WarningLog? warnings = null)
    {
        if (latestActivity is { } latestDay && latestDay > today)
        {
            warnings?.Add("period", "-", $"activity is dated after today (the latest on {latestDay:yyyy-MM-dd}); "
                + "it is ignored when choosing the default period, and counted only when --from/--to cover it");
            latestActivity = null;
        }

        if (from is { } f && to is { } t)
        {
            return t > f ? new Period(f, t) : throw UserError.InvalidOption("--to", $"{t:yyyy-MM-dd}", $"must be after --from {f:yyyy-MM-dd}");
        }

        // A lone --from or --to is a period of the default length next to it: one wholly after today can hold nothing.
        if (from is { } onlyFrom)
        {
            return onlyFrom <= today ? new Period(onlyFrom, onlyFrom.AddDays(Period.DefaultDays))
                : throw UserError.InvalidOption("--from", $"{onlyFrom:yyyy-MM-dd}", $"is after today ({today:yyyy-MM-dd}); give an earlier day, or --to as well for a period in the future");
        }

        if (to is { } onlyTo)
        {
            var start = onlyTo.AddDays(-Period.DefaultDays);
            return start <= today ? new Period(start, onlyTo)
                : throw UserError.InvalidOption("--to", $"{onlyTo:yyyy-MM-dd}", $"makes a period that starts after today ({today:yyyy-MM-dd}); give an earlier day, or --from as well for a period in the future");
        }

        // With no dated activity the period ends today, so its last full day is yesterday.
        return Period.EndingAfter(latestActivity ?? today.AddDays(-1));
    }

    /// <summary>
    /// The latest activity a workspace holds, for the default period: the latest commit of an author who is not a bot
    /// (by the policy's bot patterns), pull request or review; null when there is none.
    /// </summary>
    public static long? LatestActivity(
        IEnumerable<(AuthorIdentity Author, long LatestUnix)> commits, long? latestPullRequest, long? latestReview, MetricSettings settings)
    {
        var bots = new BotFilter(settings.BotAuthorPatterns);
        long? latest = null;
        foreach (var (author, unix) in commits)
        {
            if (!bots.IsBot(author.Name, author.Email))
            {
                latest = Max(latest, unix);
            }
        }

        return Max(Max(latest, latestPullRequest), latestReview);
    }

    private static long? Max(long? a, long? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;
}
