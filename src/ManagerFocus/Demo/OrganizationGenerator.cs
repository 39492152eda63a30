using System.Globalization;
using System.Text;

namespace ManagerFocus.Demo;

/// <summary>Writes a realistic, deterministic organization as real input files.</summary>
public sealed class OrganizationGenerator(GeneratorOptions options)
{
    // Demo spans: a director over seven managers, whose teams cover every span tier.
    private static readonly int[] DemoSpans = [4, 3, 8, 7, 12, 6, 12];

    public GeneratedInputs Generate(string folder)
    {
        Directory.CreateDirectory(folder);
        var people = Path.Combine(folder, "people.csv");
        File.WriteAllText(people, PeopleCsv(), Encoding.UTF8);
        return new GeneratedInputs { Folder = folder, PeoplePath = people };
    }

    private string PeopleCsv()
    {
        var random = new Random(options.Seed);
        var csv = new StringBuilder("id,name,email,manager_id,title,team,level,track,aliases,start_date,end_date,timezone\n");
        var next = 1;
        string Add(string? manager, string title, string team, string level, string track)
        {
            var id = $"p{next++:D3}";
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var email = $"{id}@example.com";
            csv.Append(CultureInfo.InvariantCulture, $"{id},{name},{email},{manager},{title},{team},{level},{track},,2023-01-09,,UTC\n");
            return id;
        }

        var director = Add(null, "Director of Engineering", "Leadership", "M3", "management");
        for (var t = 0; t < DemoSpans.Length; t++)
        {
            var team = $"Team {(char)('A' + t)}";
            var manager = Add(director, "Engineering Manager", team, "M1", t % 2 == 0 ? "hybrid" : "management");
            for (var i = 0; i < DemoSpans[t]; i++)
            {
                Add(manager, "Software Engineer", team, $"L{3 + random.Next(3)}", "ic");
            }
        }

        return csv.ToString();
    }

    private static readonly string[] FirstNames =
        ["Ada", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya"];

    private static readonly string[] LastNames =
        ["Alvarez", "Brooks", "Castro", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Khan", "Larsen"];
}
