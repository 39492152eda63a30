namespace ManagerFocus.Generator;

/// <summary>Plans pull requests from coding sessions, and their reviews by teammates and managers.</summary>
internal sealed class ReviewPlanner(OrgPlan plan)
{
    public const int Bot = -1;

    public List<PlannedPullRequest>[] Plan(IReadOnlyList<List<CodingSession>> sessions)
    {
        var byRepo = plan.Repositories.Select(_ => new List<PlannedPullRequest>()).ToArray();
        for (var p = 0; p < sessions.Count; p++)
        {
            var random = Seeds.For(plan.Seed, Seeds.Reviews, p);
            foreach (var session in sessions[p])
            {
                var created = session.Times[^1] + random.Next(300, 1800);
                if (created < plan.EndUnix && random.NextDouble() < 0.5)
                {
                    var pr = new PlannedPullRequest(session.Repo, p, created);
                    Review(pr, random);
                    byRepo[session.Repo].Add(pr);
                }
            }
        }

        for (var r = 0; r < byRepo.Length; r++)
        {
            // dependabot opens one pull request a week that nobody reviews.
            for (var day = plan.GitStart; day < plan.End; day = day.AddDays(7))
            {
                byRepo[r].Add(new PlannedPullRequest(r, Bot, OrgPlan.Unix(day) + 6 * 3600 + 300 + r));
            }

            byRepo[r].Sort((a, b) => a.Created != b.Created ? a.Created.CompareTo(b.Created) : a.Author.CompareTo(b.Author));
            for (var i = 0; i < byRepo[r].Count; i++)
            {
                byRepo[r][i].Number = i + 1;
            }
        }

        return byRepo;
    }

    private void Review(PlannedPullRequest pr, Random random)
    {
        var author = plan.People[pr.Author];
        var day = Period(pr.Created);
        var lead = author.Manager;
        var team = lead < 0 ? [] : plan.Reports[lead].Where(i => i != pr.Author && plan.People[i].IsEmployedOn(day)).ToList();
        if (author.IsManager)
        {
            team = plan.Reports[author.Index].Where(i => plan.People[i].IsEmployedOn(day)).ToList();
            lead = -1;
        }

        for (var n = Math.Min(team.Count, 1 + random.Next(2)); n > 0; n--)
        {
            var reviewer = team[random.Next(team.Count)];
            team.Remove(reviewer);
            Submit(pr, reviewer, pr.Created + Hours(random, 0.3, 6), random);
        }

        if (lead >= 0 && random.NextDouble() < ManagerReviews(lead))
        {
            var delay = lead == plan.Bottleneck ? 40 + random.NextDouble() * 70 : Hours(random, 0.3, 6) / 3600.0;
            Submit(pr, lead, pr.Created + (long)(delay * 3600), random);
        }

        var roll = random.NextDouble();
        if (roll < 0.02)
        {
            pr.Reviews.Add(new PlannedReview(pr.Author, "COMMENTED", pr.Created + 600));
        }
        else if (roll < 0.04)
        {
            pr.Reviews.Add(new PlannedReview(-2 - random.Next(GitHistoryPlanner.Contractors), "APPROVED", pr.Created + Hours(random, 1, 4)));
        }
        else if (roll < 0.045)
        {
            pr.Reviews.Add(new PlannedReview(PullRequestJson.Ghost, "COMMENTED", pr.Created + Hours(random, 1, 4)));
        }
        else if (roll < 0.075 && team.Count > 0)
        {
            pr.Reviews.Add(new PlannedReview(team[0], "PENDING", null));
        }

        pr.Reviews.RemoveAll(r => r.Submitted >= plan.EndUnix);
        var approved = pr.Reviews.Where(r => r.State == "APPROVED").Select(r => r.Submitted ?? 0).DefaultIfEmpty().Max();
        if (approved > 0 && approved + 3600 < plan.EndUnix)
        {
            pr.Merged = pr.Closed = approved + 3600;
        }
        else if (random.NextDouble() < 0.05 && pr.Created + 86_400 < plan.EndUnix)
        {
            pr.Closed = pr.Created + 86_400;
        }
    }

    /// <summary>A reviewer's first review, sometimes followed the same day or the next by another.</summary>
    private static void Submit(PlannedPullRequest pr, int reviewer, long at, Random random)
    {
        var roll = random.NextDouble();
        var state = roll < 0.6 ? "APPROVED" : roll < 0.85 ? "COMMENTED" : roll < 0.98 ? "CHANGES_REQUESTED" : "DISMISSED";
        pr.Reviews.Add(new PlannedReview(reviewer, state, at));
        if (state == "COMMENTED" && random.NextDouble() < 0.5)
        {
            pr.Reviews.Add(new PlannedReview(reviewer, "APPROVED", at + 3600));
        }
        else if (state == "CHANGES_REQUESTED")
        {
            pr.Reviews.Add(new PlannedReview(reviewer, "APPROVED", at + 20 * 3600 + random.Next(36_000)));
        }
    }

    private double ManagerReviews(int manager) => manager == plan.Bottleneck ? 0.9 : plan.People[manager].Persona switch
    {
        Persona.CodingManager => 0.6,
        Persona.Hybrid => 0.45,
        _ => 0.15,
    };

    /// <summary>A delay in seconds, mostly short with a long tail.</summary>
    private static long Hours(Random random, double min, double mean) =>
        (long)((min + Math.Min(48, -Math.Log(1 - random.NextDouble()) * mean)) * 3600);

    private static DateOnly Period(long unix) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime);
}
