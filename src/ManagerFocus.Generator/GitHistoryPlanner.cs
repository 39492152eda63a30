namespace ManagerFocus.Generator;

/// <summary>Sorts everyone's sessions into per-repository histories, with bots, outsiders, merges and one fork.</summary>
internal static class GitHistoryPlanner
{
    public const int Contractors = 5;

    public static List<PlannedCommit>[] Plan(OrgPlan plan, IReadOnlyList<List<CodingSession>> sessions)
    {
        var repos = plan.Repositories.Count;
        var byRepo = Enumerable.Range(0, repos).Select(_ => new List<PlannedCommit>()).ToArray();
        for (var p = 0; p < sessions.Count; p++)
        {
            foreach (var session in sessions[p])
            {
                foreach (var time in session.Times.Where(t => t < plan.EndUnix))
                {
                    // About one commit in 150 lands through a merged topic branch.
                    var kind = Seeds.Mix((ulong)time ^ ((ulong)p << 32)) % 150 == 0 ? CommitKind.Topic
                        : session.UnderAlias ? CommitKind.Alias : CommitKind.Primary;
                    byRepo[session.Repo].Add(new PlannedCommit(time, p, kind));
                }
            }
        }

        for (var r = 0; r < repos; r++)
        {
            AddHousekeeping(plan, r, byRepo[r]);
        }

        // The day before the end always has a commit, so the default period ends exactly at End.
        var last = plan.People.FirstOrDefault(p => !p.IsManager && p.IsEmployedOn(plan.End.AddDays(-1))) ?? plan.People[0];
        byRepo[last.Repo].Add(new PlannedCommit(plan.EndUnix - 13 * 3600, last.Index, CommitKind.Primary));
        if (repos >= 2)
        {
            Fork(plan, byRepo);
        }

        foreach (var list in byRepo)
        {
            list.Sort();
        }

        return byRepo;
    }

    private static void AddHousekeeping(OrgPlan plan, int repo, List<PlannedCommit> commits)
    {
        var owner = plan.People.FirstOrDefault(p => p.IsManager && p.Repo == repo) ?? plan.People[0];
        var root = OrgPlan.Unix(plan.GitStart.AddDays(-2)) + 10 * 3600;
        commits.Add(new PlannedCommit(root, owner.Index, CommitKind.Root));
        commits.Add(new PlannedCommit(root + 3600, owner.Index, CommitKind.Mailmap));
        var random = Seeds.For(plan.Seed, Seeds.Commits, 1_000_000 + repo);
        for (var day = plan.GitStart; day < plan.End; day = day.AddDays(1))
        {
            var midnight = OrgPlan.Unix(day);
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                commits.Add(new PlannedCommit(midnight + 6 * 3600, 0, CommitKind.Bot));
            }

            if (random.NextDouble() < 0.1)
            {
                var contractor = random.Next(Contractors);
                for (var i = 0; i < 1 + random.Next(3); i++)
                {
                    commits.Add(new PlannedCommit(midnight + 13 * 3600 + i * 2400, contractor, CommitKind.Unknown));
                }
            }
        }
    }

    /// <summary>The second repository is a fork of the first: both hold the first's commits of the period's first two weeks.</summary>
    private static void Fork(OrgPlan plan, List<PlannedCommit>[] byRepo)
    {
        var forkTime = OrgPlan.Unix(plan.From.AddDays(14));
        var early = byRepo[1].Where(c => c.Unix < forkTime).ToList();
        byRepo[1].RemoveAll(c => c.Unix < forkTime);
        byRepo[0].AddRange(early.Where(c => c.Kind is CommitKind.Primary or CommitKind.Alias or CommitKind.Topic));
        byRepo[0].Sort();
        byRepo[1].InsertRange(0, byRepo[0].Where(c => c.Unix < forkTime));
    }
}
