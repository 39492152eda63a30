namespace ManagerFocus.Generator;

/// <summary>Writes one calendar per person (named by id, or by email for some), in parallel.</summary>
internal static class CalendarSetWriter
{
    public static (int Files, long Occurrences, long Meetings) Write(OrgPlan plan, string folder)
    {
        Directory.CreateDirectory(folder);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = plan.Options.Parallelism };
        var planner = new TeamCalendarPlanner(plan);
        var teams = new List<CalendarEvent>[plan.People.Count];
        Parallel.For(0, plan.People.Count, parallel, i => teams[i] = plan.Reports[i].Count > 0 ? planner.Plan(i) : []);
        var allHands = PersonalEvents.AllHands(plan);
        var writer = new CalendarFileWriter(plan);
        var (occurrences, meetings) = (0L, 0L);
        Parallel.For(0, plan.People.Count, parallel, () => (0L, 0L), (i, _, sum) =>
        {
            var owner = plan.People[i];
            var events = new List<CalendarEvent>();
            if (owner.Manager >= 0)
            {
                events.AddRange(teams[owner.Manager].Where(e => e.Attendees.Contains(i)));
            }

            events.AddRange(teams[i].Where(e => e.Attendees.Contains(i)));
            if (owner.IsEmployedOn(plan.End.AddDays(-1)))
            {
                events.Add(allHands);
            }

            events.AddRange(PersonalEvents.For(plan, owner));
            var name = owner.Index % 10 == 3 ? owner.Email : owner.Id;
            var (all, meeting) = writer.Write(Path.Combine(folder, name + ".ics"), owner, events);
            return (sum.Item1 + all, sum.Item2 + meeting);
        }, sum =>
        {
            Interlocked.Add(ref occurrences, sum.Item1);
            Interlocked.Add(ref meetings, sum.Item2);
        });
        return (plan.People.Count, occurrences, meetings);
    }
}
