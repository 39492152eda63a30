using System.Globalization;
using System.Text;

namespace ManagerFocus.Generator;

/// <summary>Writes survey.csv and exits.csv; coding-manager teams answer lower and lose more people.</summary>
internal static class OutcomesWriter
{
    public static int WriteSurvey(OrgPlan plan, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("person_id,date,score");
        var answers = 0;
        foreach (var person in plan.People)
        {
            var random = Seeds.For(plan.Seed, Seeds.Outcomes, person.Index);
            var mean = person.Manager < 0 ? 4.0 : plan.People[person.Manager].Persona switch
            {
                Persona.CodingManager => 3.1,
                Persona.Hybrid => 3.6,
                _ => 3.9,
            };
            // A quarterly pulse survey over the year.
            for (var quarter = 3; quarter >= 0; quarter--)
            {
                var day = plan.End.AddDays(-14 - 91 * quarter);
                if (person.IsEmployedOn(day) && random.NextDouble() < 0.8)
                {
                    var noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 1.6;
                    var score = Math.Clamp((int)Math.Round(mean + noise), 1, 5);
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{person.Id},{day:yyyy-MM-dd},{score}"));
                    answers++;
                }
            }
        }

        return answers;
    }

    public static int WriteExits(OrgPlan plan, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("person_id,date,voluntary");
        var exits = 0;
        foreach (var person in plan.People.Where(p => p.End is not null))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{person.Id},{person.End:yyyy-MM-dd},{(person.Voluntary ? "true" : "false")}"));
            exits++;
        }

        return exits;
    }
}
