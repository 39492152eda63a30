namespace ManagerFocus.Generator;

/// <summary>Builds the organization plan every writer works from, deterministically for a seed.</summary>
internal static class OrgPlanner
{
    private static readonly string[] Words =
    [
        "payments", "search", "checkout", "identity", "billing", "catalog", "mobile", "web", "platform", "data", "ledger",
        "notify", "gateway", "insights", "orders", "shipping", "pricing", "ads", "growth", "infra", "storage", "media",
    ];

    public static OrgPlan Build(GeneratorOptions options)
    {
        var random = Seeds.For(options.Seed, Seeds.People, 0);
        var factory = new PersonFactory(random, options.People);
        var bottleneck = options.IsDemo
            ? DemoShape.Build(factory, random, options)
            : ScaleShape.Build(factory, random, options.People);
        var people = factory.People;
        var from = options.End.AddDays(-91);
        if (!options.IsDemo)
        {
            ScaleLife.Apply(people, random, from, options.End);
        }

        var repositories = Repositories(people, factory);
        foreach (var person in people)
        {
            Describe(person, people, random, from);
            Identity(person, factory, random);
        }

        return new OrgPlan(options, people, repositories) { Bottleneck = bottleneck };
    }

    private static List<string> Repositories(List<PlannedPerson> people, PersonFactory factory)
    {
        var managers = people.Where(p => p.IsManager).ToList();
        var count = Math.Max(Math.Min(5, managers.Count + 1), (int)Math.Ceiling(managers.Count * 0.28));
        var names = Enumerable.Range(0, count)
            .Select(i => factory.Unique($"{Words[i % Words.Length]}-{Words[(i / Words.Length + i * 7 + 3) % Words.Length]}", ""))
            .ToList();
        for (var m = 0; m < managers.Count; m++)
        {
            managers[m].Repo = m * count / managers.Count;
        }

        foreach (var person in people.Where(p => !p.IsManager && p.Manager >= 0))
        {
            person.Repo = people[person.Manager].Repo;
        }

        return names;
    }

    private static void Describe(PlannedPerson person, List<PlannedPerson> people, Random random, DateOnly from)
    {
        var lead = person.IsManager ? person : person.Manager >= 0 ? people[person.Manager] : person;
        person.Team = $"{char.ToUpperInvariant(Words[lead.Index % Words.Length][0])}{Words[lead.Index % Words.Length][1..]} {lead.Index / Words.Length + 1}";
        if (person.Start == default)
        {
            person.Start = new DateOnly(2018, 1, 8).AddDays(random.Next(0, from.DayNumber - new DateOnly(2018, 1, 8).DayNumber - 60));
        }

        if (person.End is { } end && person.Start >= end.AddDays(-30))
        {
            person.Start = end.AddDays(-400);
        }

        if (person.IsManager)
        {
            var depth = 0;
            for (var p = person; p.Manager >= 0; p = people[p.Manager])
            {
                depth++;
            }

            (person.Title, person.Level) = depth switch
            {
                0 => ("VP Engineering", "M5"),
                1 => ($"Director of Engineering, {person.Team}", "M3"),
                _ => ("Engineering Manager", "M1"),
            };
            return;
        }

        var level = random.Next(2, 7);
        person.Level = $"L{level}";
        person.Title = level >= 6 ? "Staff Engineer" : level >= 4 ? "Senior Software Engineer" : "Software Engineer";
        var roll = random.NextDouble();
        person.DeclaredTrack = roll < 0.96 ? "ic" : roll < 0.98 ? "hybrid" : null;
        if (person.CodingShare == 0)
        {
            person.CodingShare = ScaleShape.PersonaShare(random, Persona.Ic);
        }
    }

    /// <summary>Second emails, git names and noreply addresses, as real histories have them.</summary>
    private static void Identity(PlannedPerson person, PersonFactory factory, Random random)
    {
        var roll = random.NextDouble();
        var first = PersonFactory.Ascii(person.FirstName);
        var last = PersonFactory.Ascii(person.Name[(person.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        person.Alt = roll < 0.08 ? AltIdentity.SecondEmail : roll < 0.13 ? AltIdentity.GitName
            : roll < 0.18 ? AltIdentity.Noreply : roll < 0.22 ? AltIdentity.OldEmail : AltIdentity.None;
        switch (person.Alt)
        {
            case AltIdentity.SecondEmail:
                person.AltEmail = factory.Unique($"{first}{last}", "@gmail.com");
                break;
            case AltIdentity.GitName:
                person.GitName = factory.Unique($"{first[0]}{last}", "");
                person.AltEmail = $"{person.GitName}@{person.Login}-laptop.local";
                break;
            case AltIdentity.Noreply:
                person.AltEmail = $"{person.GithubId}+{person.Login}@users.noreply.github.com";
                break;
            case AltIdentity.OldEmail:
                person.AltEmail = factory.Unique($"{first[0]}.{last}", "@old-example.com");
                break;
        }

        person.LoginKnown = random.NextDouble() >= 0.03;
        person.Outlook = random.NextDouble() < 0.15;
    }
}
