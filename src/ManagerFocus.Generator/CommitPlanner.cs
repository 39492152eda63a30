namespace ManagerFocus.Generator;

/// <summary>Plans each person's coding sessions so their coding share (docs/definitions.md, "Coding hours") matches their persona.</summary>
internal static class CommitPlanner
{
    private const int MaxSessionSpan = 3 * 3600;

    public static List<CodingSession> SessionsOf(OrgPlan plan, PlannedPerson person)
    {
        var random = Seeds.For(plan.Seed, Seeds.Commits, person.Index);
        var sessions = new List<CodingSession>();
        var perDay = 8 * person.CodingShare;
        var deficit = 0.0;
        for (var day = plan.GitStart; day < plan.End; day = day.AddDays(1))
        {
            if (!person.IsEmployedOn(day))
            {
                continue;
            }

            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                // Some ICs push a fix at the weekend.
                if (person.Persona == Persona.Ic && random.NextDouble() < 0.03)
                {
                    sessions.Add(Session(plan, person, random, day, 10 * 3600 + random.Next(3600), 0.5 + random.NextDouble()));
                }

                continue;
            }

            deficit += perDay;
            var chunk = 1.0 + random.NextDouble() * 3.0;
            if (deficit < chunk)
            {
                continue;
            }

            var hours = Math.Min(7.0, deficit * (0.9 + random.NextDouble() * 0.2));
            deficit -= hours;
            var morning = hours > 3.5 ? hours / 2 : random.NextDouble() < 0.5 ? hours : 0;
            if (morning > 0)
            {
                sessions.Add(Session(plan, person, random, day, 8 * 3600 + 1800 + random.Next(3600), morning));
            }

            if (hours - morning > 0.01)
            {
                sessions.Add(Session(plan, person, random, day, 14 * 3600 + 2700 + random.Next(1800), hours - morning));
            }
        }

        return sessions;
    }

    /// <summary>A session counting <paramref name="hours"/>: its span plus the 30 minutes before the first commit.</summary>
    private static CodingSession Session(OrgPlan plan, PlannedPerson person, Random random, DateOnly day, int localStart, double hours)
    {
        var span = (int)Math.Clamp((hours - 0.5) * 3600, 0, MaxSessionSpan);
        var gap = (85 + random.Next(26)) * 60;
        var gaps = (span + gap - 1) / gap;
        var start = person.Zone.ToUnix(day.ToDateTime(TimeOnly.MinValue).AddSeconds(localStart));
        var times = new long[gaps + 1];
        times[0] = start;
        for (var i = 1; i <= gaps; i++)
        {
            // Evenly spread with a little jitter; never near the two-hour session gap.
            var jitter = i == gaps ? 0 : random.Next(-300, 301);
            times[i] = start + (long)span * i / gaps + jitter;
        }

        var repo = random.NextDouble() < 0.85 ? person.Repo : (person.Repo + 1) % plan.Repositories.Count;
        return new CodingSession(repo, times, person.Alt != AltIdentity.None && random.NextDouble() < 0.3);
    }
}
