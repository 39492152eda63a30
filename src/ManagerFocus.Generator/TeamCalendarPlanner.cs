namespace ManagerFocus.Generator;

/// <summary>Plans one team's meetings: one-on-ones, rituals, pairing, staff meetings and one-off meetings.</summary>
internal sealed class TeamCalendarPlanner(OrgPlan plan)
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public List<CalendarEvent> Plan(int managerIndex)
    {
        var manager = plan.People[managerIndex];
        var random = Seeds.For(plan.Seed, Seeds.Teams, managerIndex);
        var reports = plan.Reports[managerIndex].Select(i => plan.People[i]).Where(r => r.End is null || r.End > plan.HistoryStart).ToList();
        var current = reports.Where(r => r.IsEmployedOn(plan.End.AddDays(-1))).ToList();
        var team = current.Select(r => r.Index).Prepend(managerIndex).ToArray();
        var events = new List<CalendarEvent>();
        var k = 0;
        foreach (var report in reports)
        {
            if (OneOnOne(manager, report, k++, random) is { } oneOnOne)
            {
                events.Add(oneOnOne);
            }
        }

        AddRituals(events, manager, team, current, random, ref k);

        // Each engineer pairs weekly with the next one in the team.
        for (var i = 1; i + 1 < team.Length; i++)
        {
            var pair = plan.People[team[i]];
            events.Add(Series($"Pairing {pair.FirstName} / {plan.People[team[i + 1]].FirstName}", pair, [team[i], team[i + 1]],
                [Weekdays[i % 5], Weekdays[(i + 2) % 5], Weekdays[(i + 4) % 5]], 1, new TimeOnly(13, 0).AddMinutes(30 * (i % 4)), 60, random, k++, team: managerIndex));
        }

        AddOneOffs(events, manager, team, random, ref k);
        return events;
    }

    /// <summary>The team's recurring meetings; the room is a resource attendee, as Google lists it.</summary>
    private void AddRituals(List<CalendarEvent> events, PlannedPerson manager, int[] team, List<PlannedPerson> current, Random random, ref int k)
    {
        var rooms = $"c_{manager.Team.Replace(' ', '-').ToLowerInvariant()}-room@resource.calendar.google.com";
        if (team.Length >= 3 && random.NextDouble() < 0.95)
        {
            events.Add(Series("Daily standup", manager, team, Weekdays, 1, new TimeOnly(9, 30), 15, random, k++));
        }

        if (team.Length >= 2)
        {
            events.Add(Series("Team sync", manager, team, [DayOfWeek.Thursday], 1, new TimeOnly(15, 0), 60, random, k++) with { Room = rooms, Location = "HQ, 3rd floor" });
            events.Add(Series("Sprint planning", manager, team, [DayOfWeek.Monday], 2, new TimeOnly(11, 0), 60, random, k++));
            events.Add(Series("Retro", manager, team, [DayOfWeek.Friday], 2, new TimeOnly(14, 0), 45, random, k++, 7));
            events.Add(Series("Design review", manager, team, [DayOfWeek.Tuesday], 1, new TimeOnly(14, 0), 60, random, k++) with { Room = rooms });
            events.Add(Series("Tech talk", manager, team, [DayOfWeek.Friday], 1, new TimeOnly(16, 0), 30, random, k++));
            events.Add(Series("Backlog refinement", manager, team, [DayOfWeek.Wednesday], 1, new TimeOnly(11, 0), 45, random, k++));
        }

        var leads = current.Where(r => r.IsManager).Select(r => r.Index).Prepend(manager.Index).ToArray();
        if (leads.Length >= 2)
        {
            events.Add(Series("Staff meeting", manager, leads, [DayOfWeek.Tuesday], 1, new TimeOnly(16, 0), 60, random, k++) with { Room = rooms });
        }
    }

    private CalendarEvent? OneOnOne(PlannedPerson manager, PlannedPerson report, int k, Random random)
    {
        var weekly = random.NextDouble() < 0.6;
        var desired = Max(report.Start, plan.HistoryStart).AddDays(3);
        DateOnly? until = report.End is { } end ? end.AddDays(-1)
            : report.OneOnOnesLapse ? plan.End.AddDays(-42) : null;
        var roll = random.NextDouble();
        var rule = new Recurrence([Weekdays[k / 8 % 4]], weekly ? 1 : 2);
        var first = rule.FirstOnOrAfter(desired);
        if (until is null && roll < 0.3)
        {
            // A COUNT long enough to run past the end of the data.
            rule = rule with { Count = rule.Dates(first, plan.End.AddDays(60)).Count() };
        }
        else if (until is null && roll < 0.6)
        {
            until = plan.End.AddDays(180);
        }

        if (until is { } last && last < first)
        {
            return null;
        }

        rule = rule with { Until = until };
        var early = rule.Dates(first, plan.End.AddDays(-35)).ToList();
        var exdates = early.Count > 3 && random.NextDouble() < 0.3 ? new[] { early[random.Next(early.Count)] } : [];
        var overrides = early.Count > 3 && random.NextDouble() < 0.25
            ? new[] { new EventOverride(early[random.Next(early.Count)], (OverrideKind)random.Next(3)) }.Where(o => !exdates.Contains(o.Date)).ToArray()
            : [];
        return new CalendarEvent
        {
            Uid = Uid(manager.Index, k),
            Summary = $"1:1 {manager.FirstName} / {report.FirstName}",
            Organizer = manager.Index,
            Attendees = [manager.Index, report.Index],
            Zone = manager.Zone,
            FirstDate = first,
            LocalStart = new TimeOnly(10, 0).AddMinutes(30 * (k % 8)),
            Minutes = random.NextDouble() < 0.8 ? 30 : 45,
            Rule = rule,
            ExDates = exdates,
            Overrides = overrides,
        };
    }

    private CalendarEvent Series(string summary, PlannedPerson organizer, int[] attendees, DayOfWeek[] days, int interval,
        TimeOnly start, int minutes, Random random, int k, int offsetDays = 0, int team = -1)
    {
        var rule = new Recurrence(days, interval);
        var first = rule.FirstOnOrAfter(Max(organizer.Start, plan.HistoryStart).AddDays(offsetDays));
        var decliners = attendees.Skip(1).Where(_ => random.NextDouble() < 0.05).ToArray();
        return new CalendarEvent
        {
            Uid = Uid(team < 0 ? organizer.Index : team, 1000 + k),
            Summary = summary,
            Organizer = organizer.Index,
            Attendees = attendees,
            Decliners = decliners,
            Zone = organizer.Zone,
            FirstDate = first,
            LocalStart = start,
            Minutes = minutes,
            Rule = rule,
        };
    }

    /// <summary>Ad-hoc meetings in the period and the two weeks before it, written in UTC like Google's single events.</summary>
    private void AddOneOffs(List<CalendarEvent> events, PlannedPerson manager, int[] team, Random random, ref int k)
    {
        if (team.Length < 2)
        {
            return;
        }

        for (var week = plan.From.AddDays(-14); week < plan.End; week = week.AddDays(7))
        {
            for (var n = (int)Math.Round(team.Length * random.NextDouble() * 3.4); n > 0; n--)
            {
                var day = week.AddDays(random.Next(7));
                var people = team.Where(_ => random.NextDouble() < 3.0 / team.Length).Where(i => plan.People[i].IsEmployedOn(day)).ToArray();
                // Two people one of whom is the manager would be a one-on-one; those come only from the series.
                if (people.Length < 2 || (people.Length == 2 && people.Contains(team[0]))
                    || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day >= plan.End)
                {
                    continue;
                }

                var organizer = plan.People[people[0]];
                events.Add(new CalendarEvent
                {
                    Uid = Uid(manager.Index, 100_000 + k++),
                    Summary = random.NextDouble() < 0.5 ? "Design review: checkout flow" : "Sync, notes & follow-ups",
                    Organizer = organizer.Index,
                    Attendees = people,
                    Decliners = random.NextDouble() < 0.05 ? [people[^1]] : [],
                    Zone = organizer.Zone,
                    FirstDate = day,
                    LocalStart = new TimeOnly(10, 0).AddMinutes(30 * random.Next(13)),
                    Minutes = random.NextDouble() < 0.6 ? 30 : 60,
                    Style = EventStyle.Utc,
                    Cancelled = random.NextDouble() < 0.04,
                    Guest = random.NextDouble() < 0.08 ? "guest@partner-corp.com" : null,
                });
            }
        }
    }

    private string Uid(int owner, int k) => $"{Seeds.Sha(plan.Seed, owner, k)[..26]}@google.com";

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
