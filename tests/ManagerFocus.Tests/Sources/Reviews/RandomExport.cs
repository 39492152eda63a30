using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>A seeded random export over <see cref="ReviewScenario.DefaultPeople"/>, with the review units the definition gives.</summary>
internal sealed record RandomExport(string Json, IReadOnlyList<RandomExport.Pr> PullRequests, IReadOnlyList<RandomExport.Rv> Reviews)
{
    private static readonly string[] Logins = ["maya-gh", "ann-gh", "ben-gh", "benji", "lea-gh", "carl-gh", "stranger", "dependabot[bot]"];
    private static readonly string[] States = ["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "PENDING", "DISMISSED"];

    public sealed record Pr(int Number, string Login, DateTimeOffset Created);

    public sealed record Rv(int Number, string Login, string State, DateTimeOffset Submitted);

    public static RandomExport Generate(int seed, int pullRequests)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 12, 20, 0, 0, 0, TimeSpan.Zero);
        var prs = new List<Pr>();
        var reviews = new List<Rv>();
        var pages = new List<string>();
        for (var n = 1; n <= pullRequests; n++)
        {
            var created = start.AddMinutes(random.Next(0, 130 * 24 * 60));
            prs.Add(new Pr(n, Logins[random.Next(Logins.Length - 1)], created));
            var objects = new List<string> { PullRequest(n, prs[^1].Login, $"{created:yyyy-MM-ddTHH:mm:ssZ}") };
            for (var r = random.Next(0, 7); r > 0; r--)
            {
                var review = new Rv(n, Logins[random.Next(Logins.Length)], States[random.Next(States.Length)], created.AddMinutes(random.Next(1, 4 * 24 * 60)));
                reviews.Add(review);
                var submitted = review.State == "PENDING" ? null : $"{review.Submitted:yyyy-MM-ddTHH:mm:ssZ}";
                objects.Add(Review(n, review.Login, review.State, submitted, type: review.Login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User"));
            }

            pages.Add(Page([.. objects]));
        }

        return new RandomExport(string.Join("", pages), prs, reviews);
    }

    /// <summary>Distinct (pull request, UTC day) with a counting review by one of these logins on someone else's pull request.</summary>
    public int ExpectedUnits(IReadOnlyList<string> logins, Period period)
    {
        bool Mine(string login) => logins.Contains(login, StringComparer.OrdinalIgnoreCase);
        return Reviews
            .Where(r => r.State is "APPROVED" or "CHANGES_REQUESTED" or "COMMENTED")
            .Where(r => Mine(r.Login) && !Mine(PullRequests[r.Number - 1].Login))
            .Where(r => period.Contains(r.Submitted.ToUnixTimeSeconds()))
            .Select(r => (r.Number, Day: DateOnly.FromDateTime(r.Submitted.UtcDateTime)))
            .Distinct()
            .Count();
    }
}
