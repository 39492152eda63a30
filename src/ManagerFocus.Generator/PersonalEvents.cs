namespace ManagerFocus.Generator;

/// <summary>Events only the owner sees: focus blocks, lunch, days off and a declined outside invitation.</summary>
internal static class PersonalEvents
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static IEnumerable<CalendarEvent> For(OrgPlan plan, PlannedPerson owner)
    {
        var random = Seeds.For(plan.Seed, Seeds.Calendar, owner.Index);
        string Uid(int k) => $"{Seeds.Sha(plan.Seed, owner.Index, -1 - k)[..26]}@google.com";
        var start = owner.Start > plan.HistoryStart ? owner.Start : plan.HistoryStart;
        DateOnly? until = owner.End?.AddDays(-1);
        if (until < start)
        {
            yield break;
        }

        if (random.NextDouble() < 0.5)
        {
            var focus = new Recurrence([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], Until: until);
            yield return new CalendarEvent
            {
                Uid = Uid(1), Summary = "Focus time", Zone = owner.Zone, FirstDate = focus.FirstOnOrAfter(start),
                LocalStart = new TimeOnly(14, 0), Minutes = 120, Rule = focus, Style = EventStyle.Floating, Transparent = true,
            };
        }

        if (random.NextDouble() < 0.6)
        {
            var lunch = new Recurrence(Weekdays, Until: until);
            yield return new CalendarEvent
            {
                Uid = Uid(2), Summary = "Lunch", Zone = owner.Zone, FirstDate = lunch.FirstOnOrAfter(start),
                LocalStart = new TimeOnly(12, 0), Minutes = 45, Rule = lunch,
            };
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var day = plan.From.AddDays(random.Next(85));
            if (!owner.IsEmployedOn(day))
            {
                continue;
            }

            yield return new CalendarEvent
            {
                Uid = Uid(2 + i), Summary = "Out of office", Zone = owner.Zone, FirstDate = day,
                LocalStart = TimeOnly.MinValue, Minutes = 1440 * random.Next(1, 4), Style = EventStyle.AllDay, Transparent = true,
            };
        }

        var webinar = plan.From.AddDays(random.Next(80));
        if (random.NextDouble() < 0.4 && owner.IsEmployedOn(webinar))
        {
            yield return new CalendarEvent
            {
                Uid = Uid(9), Summary = "Webinar: scaling teams", Guest = "events@vendor-webinars.com", Attendees = [owner.Index],
                Decliners = [owner.Index], Zone = Zone.Utc, FirstDate = webinar,
                LocalStart = new TimeOnly(16, 0), Minutes = 60, Style = EventStyle.Utc,
            };
        }
    }

    /// <summary>The monthly all-hands, sent to the engineering group rather than to each person.</summary>
    public static CalendarEvent AllHands(OrgPlan plan)
    {
        var root = plan.People[0];
        var rule = new Recurrence([DayOfWeek.Thursday], MonthlyNth: 1);
        return new CalendarEvent
        {
            Uid = $"{Seeds.Sha(plan.Seed, -7)[..26]}@google.com", Summary = "Engineering all-hands", Organizer = root.Index,
            Attendees = [root.Index], Group = "engineering@example.com", Zone = root.Zone,
            FirstDate = rule.FirstOnOrAfter(plan.HistoryStart), LocalStart = new TimeOnly(17, 0), Minutes = 60, Rule = rule,
        };
    }
}
