namespace ManagerFocus.Generator;

/// <summary>Time zones, joiners, leavers and lapsed one-on-ones for a generated organization.</summary>
internal static class ScaleLife
{
    // Weighted towards the zones most engineering organizations span.
    private static readonly int[] ZoneWeights = [15, 30, 15, 20, 10, 10];

    public static void Apply(List<PlannedPerson> people, Random random, DateOnly from, DateOnly end)
    {
        foreach (var person in people)
        {
            var lead = person.IsManager || person.Manager < 0 ? null : people[person.Manager];
            person.Zone = lead is not null && random.NextDouble() < 0.85 ? lead.Zone : PickZone(random);
            if (person.IsManager || lead is null)
            {
                continue;
            }

            // Coding-manager teams lose more people, so the evidence has something to find.
            var leaves = lead.Persona == Persona.CodingManager ? 0.07 : 0.04;
            var roll = random.NextDouble();
            if (roll < leaves)
            {
                person.End = from.AddDays(random.Next(5, end.DayNumber - from.DayNumber - 3));
                person.Voluntary = random.NextDouble() < 0.8;
            }
            else if (roll < leaves + 0.01)
            {
                person.End = from.AddDays(-random.Next(10, 250));
                person.Voluntary = random.NextDouble() < 0.8;
            }
            else if (roll < leaves + 0.04)
            {
                person.Start = from.AddDays(random.Next(3, 70));
            }
            else if (random.NextDouble() < (lead.Persona == Persona.Manager ? 0.04 : 0.10))
            {
                person.OneOnOnesLapse = true;
            }
        }
    }

    private static Zone PickZone(Random random)
    {
        var roll = random.Next(ZoneWeights.Sum());
        for (var i = 0; i < ZoneWeights.Length; i++)
        {
            roll -= ZoneWeights[i];
            if (roll < 0)
            {
                return Zone.All[i];
            }
        }

        return Zone.Utc;
    }
}
