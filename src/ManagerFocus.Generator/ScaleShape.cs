namespace ManagerFocus.Generator;

/// <summary>A multi-level tree of any size: about 10% managers, front-line spans of 2 to 20, a mix of personas.</summary>
internal static class ScaleShape
{
    private const int MaxSpan = 20;

    /// <summary>Adds the people and returns the index of the review-bottleneck manager.</summary>
    public static int Build(PersonFactory factory, Random random, int total)
    {
        var managerCount = Math.Max(1, (int)Math.Round(total * 0.1));
        var managers = new List<PlannedPerson> { Manager(factory.Add(-1)) };
        for (var i = 0; managers.Count < managerCount; i++)
        {
            var children = random.Next(3, 8);
            for (var c = 0; c < children && managers.Count < managerCount; c++)
            {
                managers.Add(Manager(factory.Add(managers[i].Index)));
            }
        }

        var leads = managers.Where(m => m.Manager >= 0).Select(m => m.Manager).ToHashSet();
        var leaves = managers.Where(m => !leads.Contains(m.Index)).ToList();
        var upper = managers.Where(m => leads.Contains(m.Index)).ToList();
        var upperIcs = upper.Select(_ => random.Next(0, 3)).ToArray();
        var spans = leaves.Select(_ => SampleSpan(random)).ToArray();
        Fit(spans, Math.Max(0, total - managers.Count - upperIcs.Sum()), random);
        for (var i = 0; i < leaves.Count; i++)
        {
            AddReports(factory, leaves[i], spans[i]);
            leaves[i].Persona = LeafPersona(random, spans[i]);
        }

        for (var i = 0; i < upper.Count && factory.People.Count < total; i++)
        {
            AddReports(factory, upper[i], Math.Min(upperIcs[i], total - factory.People.Count));
            upper[i].Persona = random.NextDouble() < 0.9 ? Persona.Manager : Persona.Hybrid;
        }

        foreach (var manager in managers)
        {
            manager.CodingShare = PersonaShare(random, manager.Persona);
            manager.DeclaredTrack = DeclaredTrack(random, manager.Persona);
        }

        // The bottleneck is the largest team whose manager rarely codes: reviews pile up there.
        var bottleneck = -1;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i].Persona == Persona.Manager && (bottleneck < 0 || spans[i] > spans[bottleneck]))
            {
                bottleneck = i;
            }
        }

        return bottleneck < 0 ? -1 : leaves[bottleneck].Index;
    }

    public static double PersonaShare(Random random, Persona persona) => persona switch
    {
        Persona.Manager => random.NextDouble() * 0.05,
        Persona.Hybrid => 0.15 + random.NextDouble() * 0.10,
        Persona.CodingManager => 0.35 + random.NextDouble() * 0.25,
        _ => 0.13 + random.NextDouble() * 0.09,
    };

    private static PlannedPerson Manager(PlannedPerson person)
    {
        person.IsManager = true;
        person.Persona = Persona.Manager;
        return person;
    }

    private static void AddReports(PersonFactory factory, PlannedPerson manager, int count)
    {
        for (var i = 0; i < count; i++)
        {
            factory.Add(manager.Index);
        }
    }

    private static int SampleSpan(Random random)
    {
        var tier = random.NextDouble();
        return tier < 0.3 ? random.Next(2, 6) : tier < 0.7 ? random.Next(6, 11) : random.Next(11, MaxSpan + 1);
    }

    /// <summary>Scales spans so they add up to the ICs there are, keeping each within 1..20 when possible.</summary>
    private static void Fit(int[] spans, int target, Random random)
    {
        if (spans.Length == 0)
        {
            return;
        }

        var sum = Math.Max(1, spans.Sum());
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = Math.Clamp((int)Math.Round(spans[i] * (double)target / sum), 0, MaxSpan);
        }

        var full = target > spans.Length * MaxSpan;
        for (var diff = target - spans.Sum(); diff != 0;)
        {
            var i = random.Next(spans.Length);
            if (diff > 0 && (spans[i] < MaxSpan || full))
            {
                spans[i]++;
                diff--;
            }
            else if (diff < 0 && spans[i] > 0)
            {
                spans[i]--;
                diff++;
            }
        }
    }

    private static Persona LeafPersona(Random random, int span)
    {
        var (coding, hybrid) = span <= 5 ? (0.40, 0.35) : span <= 10 ? (0.20, 0.30) : (0.10, 0.20);
        var roll = random.NextDouble();
        return roll < coding ? Persona.CodingManager : roll < coding + hybrid ? Persona.Hybrid : Persona.Manager;
    }

    private static string DeclaredTrack(Random random, Persona persona)
    {
        var roll = random.NextDouble();
        return persona switch
        {
            Persona.Hybrid => roll < 0.6 ? "hybrid" : "management",
            Persona.CodingManager => roll < 0.4 ? "hybrid" : roll < 0.9 ? "management" : "ic",
            _ => roll < 0.95 ? "management" : "hybrid",
        };
    }
}
