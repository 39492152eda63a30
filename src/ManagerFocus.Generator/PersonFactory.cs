using System.Globalization;

namespace ManagerFocus.Generator;

/// <summary>Creates people with unique ids, emails and GitHub logins.</summary>
internal sealed class PersonFactory(Random random, int total)
{
    private static readonly string[] FirstNames =
    [
        "Ada", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lena", "Mateo", "Nia", "Omar",
        "Priya", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wei", "Xenia", "Yusuf", "Zoë", "José", "Søren", "Amara",
        "Bruno", "Carmen", "Dmitri", "Emma", "Farid", "Greta", "Hiro", "Ines", "Jamal", "Kira", "Luca",
    ];

    private static readonly string[] LastNames =
    [
        "Alvarez", "Brooks", "Castro", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Khan", "Larsen",
        "Müller", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Wong", "Yilmaz",
        "Zhang", "Novak", "Kowalski", "Silva", "Moreau", "Dubois", "Andersen", "Byrne", "Cohen", "Dias", "Eriksen", "Fontaine",
    ];

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _idFormat = total < 1000 ? "D3" : "D5";

    public List<PlannedPerson> People { get; } = [];

    public PlannedPerson Add(int manager)
    {
        var index = People.Count;
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var person = new PlannedPerson
        {
            Index = index,
            Id = "p" + (index + 1).ToString(_idFormat, CultureInfo.InvariantCulture),
            Name = $"{first} {last}",
            Email = Unique($"{Ascii(first)}.{Ascii(last)}", "@example.com"),
            Login = Unique($"{Ascii(first)}{Ascii(last)}", ""),
            GithubId = 1_000_000 + index * 37,
            Manager = manager,
        };
        People.Add(person);
        return person;
    }

    /// <summary>Claims a name that no one else has, adding a number when needed.</summary>
    public string Unique(string stem, string suffix)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem + suffix : $"{stem}{n}{suffix}";
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public static string Ascii(string name) => name.ToLowerInvariant()
        .Replace("ü", "ue", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
        .Replace("ë", "e", StringComparison.Ordinal).Replace("é", "e", StringComparison.Ordinal);
}
